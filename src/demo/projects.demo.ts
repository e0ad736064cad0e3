/**
 * Demo projects, milestones, tasks and talent exchanges, made by the people who would make them
 * (the lead's ORG_ADMIN proposes, the secretariat approves, partners exchange staff), through
 * the same services as the API — so the audit log and the outbox fill up as they would live.
 */
import { ProjectStatus, ProjectVisibility, type Project } from "../../entities/project.entity";
import { TaskPriority, TaskStatus } from "../../entities/task.entity";
import { TalentExchangeKind, TalentExchangeStatus } from "../../entities/talent-exchange.entity";
import { Decimal } from "../graphql/decimal";
import { projectService } from "../services/project.service";
import { milestoneService } from "../services/milestone.service";
import { taskService } from "../services/task.service";
import { talentExchangeService } from "../services/talent-exchange.service";
import { Decision } from "../services/membership.service";
import { contextAs, type DemoOrgKey, type DemoWorld } from "./world";

interface DemoTask {
  title: string;
  priority: TaskPriority;
  dueDate: string;
  assignee?: DemoOrgKey;
  status?: TaskStatus;
}

interface DemoProject {
  lead: DemoOrgKey;
  partners: DemoOrgKey[];
  code: string;
  title: string;
  summary: string;
  visibility: ProjectVisibility;
  budget: string;
  startDate: string;
  endDate: string;
  status: ProjectStatus;
  milestones: { title: string; dueDate: string }[];
  tasks: DemoTask[];
}

const PROJECTS: DemoProject[] = [
  {
    lead: "lead",
    partners: ["materials", "eastuni", "institute"],
    code: "PB-2026-01",
    title: "固态电解质联合攻关 (Solid-state electrolyte)",
    summary: "Sulfide solid electrolytes for 400 Wh/kg cells: screening, interface engineering, pilot cells.",
    visibility: ProjectVisibility.PARTICIPANTS,
    budget: "12000000.00",
    startDate: "2026-01-01",
    endDate: "2027-12-31",
    status: ProjectStatus.ACTIVE,
    milestones: [
      { title: "材料筛选完成 (screening done)", dueDate: "2026-06-30" },
      { title: "中试样品 (pilot cells)", dueDate: "2027-06-30" },
    ],
    tasks: [
      {
        title: "Sulfide electrolyte screening",
        priority: TaskPriority.HIGH,
        dueDate: "2026-05-31",
        assignee: "eastuni",
        status: TaskStatus.IN_PROGRESS,
      },
      {
        title: "Interface coating trials",
        priority: TaskPriority.MEDIUM,
        dueDate: "2026-06-15",
        assignee: "institute",
        status: TaskStatus.TODO,
      },
      {
        title: "Precursor supply for 5 kg batches",
        priority: TaskPriority.URGENT,
        dueDate: "2026-03-31",
        assignee: "materials",
        status: TaskStatus.BLOCKED,
      },
      { title: "Pilot cell design review", priority: TaskPriority.MEDIUM, dueDate: "2026-09-30", assignee: "lead" },
      { title: "Safety test plan", priority: TaskPriority.LOW, dueDate: "2026-10-31" },
    ],
  },
  {
    lead: "electronics",
    partners: ["westuni"],
    code: "PB-2026-02",
    title: "电池管理系统开放平台 (Open BMS platform)",
    summary: "An open battery management reference platform shared by the alliance's members.",
    visibility: ProjectVisibility.ALLIANCE,
    budget: "3500000.00",
    startDate: "2026-03-01",
    endDate: "2027-02-28",
    status: ProjectStatus.APPROVED,
    milestones: [{ title: "Reference board v1", dueDate: "2026-09-30" }],
    tasks: [
      { title: "State-of-health estimation model", priority: TaskPriority.HIGH, dueDate: "2026-07-31", assignee: "westuni" },
      {
        title: "CAN interface specification",
        priority: TaskPriority.MEDIUM,
        dueDate: "2026-05-31",
        assignee: "electronics",
        status: TaskStatus.DONE,
      },
    ],
  },
  {
    lead: "materials",
    partners: ["institute"],
    code: "PB-2026-03",
    title: "退役电池梯次利用 (Second-life batteries)",
    summary: "Grading and re-use of retired traction batteries for stationary storage.",
    visibility: ProjectVisibility.ALLIANCE,
    budget: "1800000.00",
    startDate: "2026-07-01",
    endDate: "2028-06-30",
    status: ProjectStatus.PROPOSED,
    milestones: [],
    tasks: [],
  },
];

async function seedProject(world: DemoWorld, spec: DemoProject): Promise<Project> {
  const { organizations, users } = world;
  const lead = contextAs(world, users[`${spec.lead}.admin`]);
  const secretariat = contextAs(world, users.secretariat);
  let project = await projectService.create(lead, {
    allianceId: world.alliance.id,
    code: spec.code,
    title: spec.title,
    summary: spec.summary,
    visibility: spec.visibility,
    budget: new Decimal(spec.budget),
    startDate: spec.startDate,
    endDate: spec.endDate,
  });
  for (const partner of spec.partners) {
    await projectService.addParticipant(lead, {
      projectId: project.id,
      organizationId: organizations[partner].id,
      contribution: "Staff and lab time",
    });
  }
  const milestones = [];
  for (const m of spec.milestones) milestones.push(await milestoneService.create(lead, { projectId: project.id, ...m }));
  for (const [i, t] of spec.tasks.entries()) {
    const task = await taskService.create(lead, {
      projectId: project.id,
      title: t.title,
      priority: t.priority,
      dueDate: t.dueDate,
      milestoneId: milestones[i % Math.max(milestones.length, 1)]?.id ?? null,
      assigneeOrganizationId: t.assignee && organizations[t.assignee].id,
      assigneeId: t.assignee && users[`${t.assignee}.engineer`].id,
    });
    if (t.status && t.status !== TaskStatus.TODO) {
      // The assignee moves their own task along.
      const mover = t.assignee ? contextAs(world, users[`${t.assignee}.engineer`]) : lead;
      await taskService.update(mover, { taskId: task.id, version: task.version, status: t.status });
    }
  }
  const path = [ProjectStatus.APPROVED, ProjectStatus.ACTIVE, ProjectStatus.COMPLETED];
  for (const status of path.slice(0, path.indexOf(spec.status) + 1)) {
    project = await projectService.setStatus(status === ProjectStatus.APPROVED ? secretariat : lead, { projectId: project.id, status });
  }
  return project;
}

/** Projects with milestones, assigned tasks and talent exchanges between members (Art. 5). */
export async function seedProjects(world: DemoWorld): Promise<void> {
  const { organizations, users } = world;
  const [electrolyte] = [
    await seedProject(world, PROJECTS[0]),
    await seedProject(world, PROJECTS[1]),
    await seedProject(world, PROJECTS[2]),
  ];

  const training = await talentExchangeService.propose(contextAs(world, users["eastuni.admin"]), {
    allianceId: world.alliance.id,
    personId: users["eastuni.engineer"].id,
    fromOrganizationId: organizations.eastuni.id,
    toOrganizationId: organizations.lead.id,
    kind: TalentExchangeKind.JOINT_TRAINING,
    projectId: electrolyte.id,
    startDate: "2026-03-01",
    endDate: "2026-08-31",
  });
  await talentExchangeService.decide(contextAs(world, users["lead.admin"]), { talentExchangeId: training.id, decision: Decision.APPROVE });
  await talentExchangeService.update(contextAs(world, users["lead.admin"]), {
    talentExchangeId: training.id,
    status: TalentExchangeStatus.ONGOING,
  });

  await talentExchangeService.propose(contextAs(world, users["institute.admin"]), {
    allianceId: world.alliance.id,
    personId: users["lead.engineer"].id,
    fromOrganizationId: organizations.lead.id,
    toOrganizationId: organizations.institute.id,
    kind: TalentExchangeKind.VISITING_RESEARCHER,
    startDate: "2026-09-01",
    endDate: "2027-02-28",
  });

  const internship = await talentExchangeService.propose(contextAs(world, users["westuni.admin"]), {
    allianceId: world.alliance.id,
    personId: users["westuni.engineer"].id,
    fromOrganizationId: organizations.westuni.id,
    toOrganizationId: organizations.electronics.id,
    kind: TalentExchangeKind.INTERNSHIP,
    startDate: "2026-01-05",
    endDate: "2026-03-31",
  });
  await talentExchangeService.decide(contextAs(world, users.secretariat), { talentExchangeId: internship.id, decision: Decision.APPROVE });
  for (const status of [TalentExchangeStatus.ONGOING, TalentExchangeStatus.COMPLETED]) {
    await talentExchangeService.update(contextAs(world, users["electronics.admin"]), { talentExchangeId: internship.id, status });
  }
}
