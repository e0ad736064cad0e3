/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Which agreement: the alliance's own or one project's. */
export type AgreementKind =
  /** The alliance agreement (联盟协议), signed by the legal representatives of all member organizations (Art. 8.2). */
  | 'ALLIANCE'
  /** A project agreement among the project's participants. */
  | 'PROJECT';

/** Where an agreement stands. */
export type AgreementStatus =
  /** Being written; versions may still change. */
  | 'DRAFT'
  /** Signed by every required party and in force. */
  | 'EFFECTIVE'
  /** A version awaits the signatures of the legal representatives. */
  | 'OPEN_FOR_SIGNATURE'
  /** Replaced by a later effective version. */
  | 'SUPERSEDED'
  /** Ended before its term. */
  | 'TERMINATED';

/** The alliance's life cycle. */
export type AllianceStatus =
  /** Operating. */
  | 'ACTIVE'
  /** Wound up; kept for the record. */
  | 'DISSOLVED'
  /** Founded, gathering members and its agreement. */
  | 'FORMING'
  /** Temporarily stopped. */
  | 'SUSPENDED';

/** Assigns a task to an organization and, optionally, one of its users. */
export type AssignTaskInput = {
  /** A user of that organization; omitted: the organization as a whole. */
  assigneeId?: string | number | null | undefined;
  /** A current participant organization of the task's project. */
  assigneeOrganizationId: string | number;
  /** The task. */
  taskId: string | number;
  /** The version you read; a stale one is a CONFLICT. */
  version?: number | null | undefined;
};

/** Conditions on a true/false field. */
export type BooleanFilter = {
  /** Equal to this value. */
  eq?: boolean | null | undefined;
  /** true: the field is null; false: it is not. */
  isNull?: boolean | null | undefined;
  /** Not equal to this value (rows where the field is null do not match). */
  ne?: boolean | null | undefined;
};

/** Adds a task to a project. */
export type CreateTaskInput = {
  /** Assign at once: a user of assigneeOrganizationId. */
  assigneeId?: string | number | null | undefined;
  /** Assign at once: a current participant organization. */
  assigneeOrganizationId?: string | number | null | undefined;
  /** What to do. */
  description?: string | null | undefined;
  /** When it is due. */
  dueDate?: string | null | undefined;
  /** The milestone it serves, of the same project. */
  milestoneId?: string | number | null | undefined;
  /** How urgent (default MEDIUM). */
  priority?: TaskPriority | null | undefined;
  /** The project. */
  projectId: string | number;
  /** Its title. */
  title: string;
  /** The work package it belongs to (of the same project). */
  workPackageId?: string | number | null | undefined;
};

/** Conditions on a calendar date; all given conditions must hold. */
export type DateFilter = {
  /** Equal to this value. */
  eq?: string | null | undefined;
  /** Greater than this value. */
  gt?: string | null | undefined;
  /** Greater than or equal to this value. */
  gte?: string | null | undefined;
  /** true: the field is null; false: it is not. */
  isNull?: boolean | null | undefined;
  /** Less than this value. */
  lt?: string | null | undefined;
  /** Less than or equal to this value. */
  lte?: string | null | undefined;
  /** Not equal to this value (rows where the field is null do not match). */
  ne?: string | null | undefined;
};

/** Conditions on a point in time; all given conditions must hold. */
export type DateTimeFilter = {
  /** Equal to this value. */
  eq?: string | null | undefined;
  /** Greater than this value. */
  gt?: string | null | undefined;
  /** Greater than or equal to this value. */
  gte?: string | null | undefined;
  /** true: the field is null; false: it is not. */
  isNull?: boolean | null | undefined;
  /** Less than this value. */
  lt?: string | null | undefined;
  /** Less than or equal to this value. */
  lte?: string | null | undefined;
  /** Not equal to this value (rows where the field is null do not match). */
  ne?: string | null | undefined;
};

/** The secretariat's decision on a membership application. */
export type DecideMembershipInput = {
  /** Approve or reject. */
  decision: Decision;
  /** The application. */
  membershipId: string | number;
  /** Why, for the record. */
  reason?: string | null | undefined;
};

/** Conditions on an exact decimal amount. */
export type DecimalFilter = {
  /** Equal to this value. */
  eq?: string | null | undefined;
  /** Greater than this value. */
  gt?: string | null | undefined;
  /** Greater than or equal to this value. */
  gte?: string | null | undefined;
  /** true: the field is null; false: it is not. */
  isNull?: boolean | null | undefined;
  /** Less than this value. */
  lt?: string | null | undefined;
  /** Less than or equal to this value. */
  lte?: string | null | undefined;
  /** Not equal to this value (rows where the field is null do not match). */
  ne?: string | null | undefined;
};

/** A yes or no on a request. */
export type Decision =
  /** Accept the request. */
  | 'APPROVE'
  /** Refuse it (give a reason). */
  | 'REJECT';

/** Conditions on Distribution rows; all given conditions must hold. */
export type DistributionFilter = {
  /** Conditions on `allianceId`. */
  allianceId?: IdFilter | null | undefined;
  /** Conditions on `amount`. */
  amount?: DecimalFilter | null | undefined;
  /** Every one of these filters holds. */
  and?: Array<DistributionFilter> | null | undefined;
  /** Conditions on `benefitPlanId`. */
  benefitPlanId?: IdFilter | null | undefined;
  /** Conditions on `createdAt`. */
  createdAt?: DateTimeFilter | null | undefined;
  /** Conditions on `currency`. */
  currency?: StringFilter | null | undefined;
  /** Conditions on `id`. */
  id?: IdFilter | null | undefined;
  /** Conditions on `ipAssetId`. */
  ipAssetId?: IdFilter | null | undefined;
  /** The kind of the revenue event the line comes from. */
  kind?: RevenueKindFilter | null | undefined;
  /** This filter does not hold. */
  not?: DistributionFilter | null | undefined;
  /** At least one of these filters holds. */
  or?: Array<DistributionFilter> | null | undefined;
  /** Conditions on the receiving organization, e.g. its type. */
  organization?: OrganizationFilter | null | undefined;
  /** Conditions on `organizationId`. */
  organizationId?: IdFilter | null | undefined;
  /** Conditions on `projectId`. */
  projectId?: IdFilter | null | undefined;
  /** Conditions on `receivedOn`. */
  receivedOn?: DateFilter | null | undefined;
  /** Conditions on `revenueEventId`. */
  revenueEventId?: IdFilter | null | undefined;
};

/** Conditions on a reference, by global id. */
export type IdFilter = {
  /** Equal to this value. */
  eq?: string | number | null | undefined;
  /** Equal to one of these values. */
  in?: Array<string | number> | null | undefined;
  /** true: the field is null; false: it is not. */
  isNull?: boolean | null | undefined;
  /** Not equal to this value (rows where the field is null do not match). */
  ne?: string | number | null | undefined;
};

/** Conditions on Membership rows; all given conditions must hold. */
export type MembershipFilter = {
  /** Conditions on `allianceId`. */
  allianceId?: IdFilter | null | undefined;
  /** Every one of these filters holds. */
  and?: Array<MembershipFilter> | null | undefined;
  /** Conditions on `appliedAt`. */
  appliedAt?: DateTimeFilter | null | undefined;
  /** Conditions on `decidedAt`. */
  decidedAt?: DateTimeFilter | null | undefined;
  /** Conditions on `id`. */
  id?: IdFilter | null | undefined;
  /** This filter does not hold. */
  not?: MembershipFilter | null | undefined;
  /** At least one of these filters holds. */
  or?: Array<MembershipFilter> | null | undefined;
  /** Conditions on the member organization. */
  organization?: OrganizationFilter | null | undefined;
  /** Conditions on `organizationId`. */
  organizationId?: IdFilter | null | undefined;
  /** Conditions on `role`. */
  role?: MembershipRoleFilter | null | undefined;
  /** Conditions on `status`. */
  status?: MembershipStatusFilter | null | undefined;
};

/** An organization's place in the alliance. */
export type MembershipRole =
  /** Holds a council seat. */
  | 'COUNCIL'
  /** The lead organization (牵头单位). */
  | 'LEAD'
  /** A member organization (成员单位). */
  | 'MEMBER';

/** Conditions on a MembershipRole value. */
export type MembershipRoleFilter = {
  /** Equal to this value. */
  eq?: MembershipRole | null | undefined;
  /** Equal to one of these values. */
  in?: Array<MembershipRole> | null | undefined;
  /** true: the field is null; false: it is not. */
  isNull?: boolean | null | undefined;
  /** Not equal to this value (rows where the field is null do not match). */
  ne?: MembershipRole | null | undefined;
};

/** Where a membership stands. */
export type MembershipStatus =
  /** A member. */
  | 'ACTIVE'
  /** Applied; awaiting the secretariat's decision. */
  | 'APPLIED'
  /** The application was refused. */
  | 'REJECTED'
  /** Membership suspended. */
  | 'SUSPENDED'
  /** Left the alliance. */
  | 'WITHDRAWN';

/** Conditions on a MembershipStatus value. */
export type MembershipStatusFilter = {
  /** Equal to this value. */
  eq?: MembershipStatus | null | undefined;
  /** Equal to one of these values. */
  in?: Array<MembershipStatus> | null | undefined;
  /** true: the field is null; false: it is not. */
  isNull?: boolean | null | undefined;
  /** Not equal to this value (rows where the field is null do not match). */
  ne?: MembershipStatus | null | undefined;
};

/** Conditions on Organization rows; all given conditions must hold. */
export type OrganizationFilter = {
  /** Every one of these filters holds. */
  and?: Array<OrganizationFilter> | null | undefined;
  /** Conditions on `createdAt`. */
  createdAt?: DateTimeFilter | null | undefined;
  /** Conditions on `creditCode`. */
  creditCode?: StringFilter | null | undefined;
  /** Conditions on `id`. */
  id?: IdFilter | null | undefined;
  /** Conditions on `industryBackbone`. */
  industryBackbone?: BooleanFilter | null | undefined;
  /** Conditions on `name`. */
  name?: StringFilter | null | undefined;
  /** This filter does not hold. */
  not?: OrganizationFilter | null | undefined;
  /** At least one of these filters holds. */
  or?: Array<OrganizationFilter> | null | undefined;
  /** Conditions on `region`. */
  region?: StringFilter | null | undefined;
  /** Conditions on `type`. */
  type?: OrganizationTypeFilter | null | undefined;
};

/** What kind of independent legal entity (法人) an organization is. */
export type OrganizationType =
  /** A company. */
  | 'ENTERPRISE'
  /** Any other legal entity. */
  | 'OTHER'
  /** A research institute. */
  | 'RESEARCH_INSTITUTE'
  /** A university. */
  | 'UNIVERSITY';

/** Conditions on a OrganizationType value. */
export type OrganizationTypeFilter = {
  /** Equal to this value. */
  eq?: OrganizationType | null | undefined;
  /** Equal to one of these values. */
  in?: Array<OrganizationType> | null | undefined;
  /** true: the field is null; false: it is not. */
  isNull?: boolean | null | undefined;
  /** Not equal to this value (rows where the field is null do not match). */
  ne?: OrganizationType | null | undefined;
};

/** Conditions on a current participant of the project. */
export type ParticipantFilter = {
  /** Every one of these filters holds. */
  and?: Array<ParticipantFilter> | null | undefined;
  /** Conditions on `joinedAt`. */
  joinedAt?: DateTimeFilter | null | undefined;
  /** This filter does not hold. */
  not?: ParticipantFilter | null | undefined;
  /** At least one of these filters holds. */
  or?: Array<ParticipantFilter> | null | undefined;
  /** Conditions on the related `organization`. */
  organization?: OrganizationFilter | null | undefined;
  /** Conditions on `organizationId`. */
  organizationId?: IdFilter | null | undefined;
  /** Conditions on `role`. */
  role?: ParticipantRoleFilter | null | undefined;
};

/** An organization's role in a project. */
export type ParticipantRole =
  /** Leads the project. */
  | 'LEAD'
  /** Takes part in it. */
  | 'PARTICIPANT';

/** Conditions on a ParticipantRole value. */
export type ParticipantRoleFilter = {
  /** Equal to this value. */
  eq?: ParticipantRole | null | undefined;
  /** Equal to one of these values. */
  in?: Array<ParticipantRole> | null | undefined;
  /** true: the field is null; false: it is not. */
  isNull?: boolean | null | undefined;
  /** Not equal to this value (rows where the field is null do not match). */
  ne?: ParticipantRole | null | undefined;
};

/** Conditions on Project rows; all given conditions must hold. */
export type ProjectFilter = {
  /** Conditions on `allianceId`. */
  allianceId?: IdFilter | null | undefined;
  /** Every one of these filters holds. */
  and?: Array<ProjectFilter> | null | undefined;
  /** Conditions on `budget`. */
  budget?: DecimalFilter | null | undefined;
  /** Conditions on `code`. */
  code?: StringFilter | null | undefined;
  /** Conditions on `createdAt`. */
  createdAt?: DateTimeFilter | null | undefined;
  /** Conditions on `endDate`. */
  endDate?: DateFilter | null | undefined;
  /** Conditions on `id`. */
  id?: IdFilter | null | undefined;
  /** This filter does not hold. */
  not?: ProjectFilter | null | undefined;
  /** At least one of these filters holds. */
  or?: Array<ProjectFilter> | null | undefined;
  /** Some current participant matches, e.g. { organization: { type: { eq: UNIVERSITY } } }. */
  participants?: ParticipantFilter | null | undefined;
  /** Conditions on `startDate`. */
  startDate?: DateFilter | null | undefined;
  /** Conditions on `status`. */
  status?: ProjectStatusFilter | null | undefined;
  /** Conditions on `title`. */
  title?: StringFilter | null | undefined;
  /** Conditions on `visibility`. */
  visibility?: ProjectVisibilityFilter | null | undefined;
};

/** A project's life cycle. */
export type ProjectStatus =
  /** Running. */
  | 'ACTIVE'
  /** Approved, not started. */
  | 'APPROVED'
  /** Finished. */
  | 'COMPLETED'
  /** Proposed. */
  | 'PROPOSED'
  /** Stopped early. */
  | 'TERMINATED';

/** Conditions on a ProjectStatus value. */
export type ProjectStatusFilter = {
  /** Equal to this value. */
  eq?: ProjectStatus | null | undefined;
  /** Equal to one of these values. */
  in?: Array<ProjectStatus> | null | undefined;
  /** true: the field is null; false: it is not. */
  isNull?: boolean | null | undefined;
  /** Not equal to this value (rows where the field is null do not match). */
  ne?: ProjectStatus | null | undefined;
};

/** Who in the alliance sees a project. */
export type ProjectVisibility =
  /** Every member of the alliance. */
  | 'ALLIANCE'
  /** Its participants, the secretariat and analysts only. */
  | 'PARTICIPANTS';

/** Conditions on a ProjectVisibility value. */
export type ProjectVisibilityFilter = {
  /** Equal to this value. */
  eq?: ProjectVisibility | null | undefined;
  /** Equal to one of these values. */
  in?: Array<ProjectVisibility> | null | undefined;
  /** true: the field is null; false: it is not. */
  isNull?: boolean | null | undefined;
  /** Not equal to this value (rows where the field is null do not match). */
  ne?: ProjectVisibility | null | undefined;
};

/** What income from results comes from (转化收益). */
export type RevenueKind =
  /** Royalties from a license. */
  | 'LICENSE_ROYALTY'
  /** Anything else. */
  | 'OTHER'
  /** Sales of products using the result. */
  | 'PRODUCT_SALES'
  /** The price of a transfer. */
  | 'TRANSFER_FEE';

/** Conditions on a RevenueKind value. */
export type RevenueKindFilter = {
  /** Equal to this value. */
  eq?: RevenueKind | null | undefined;
  /** Equal to one of these values. */
  in?: Array<RevenueKind> | null | undefined;
  /** true: the field is null; false: it is not. */
  isNull?: boolean | null | undefined;
  /** Not equal to this value (rows where the field is null do not match). */
  ne?: RevenueKind | null | undefined;
};

/** Your organization's signature by its legal representative (Art. 8.2). */
export type SignAgreementInput = {
  /** The agreement open for signature. */
  agreementId: string | number;
};

/** Conditions on a text field; all given conditions must hold. */
export type StringFilter = {
  /** Case-insensitive substring match. */
  contains?: string | null | undefined;
  /** Equal to this value. */
  eq?: string | null | undefined;
  /** Equal to one of these values. */
  in?: Array<string> | null | undefined;
  /** true: the field is null; false: it is not. */
  isNull?: boolean | null | undefined;
  /** Not equal to this value (rows where the field is null do not match). */
  ne?: string | null | undefined;
};

/** Conditions on Task rows; all given conditions must hold. */
export type TaskFilter = {
  /** Every one of these filters holds. */
  and?: Array<TaskFilter> | null | undefined;
  /** Conditions on `assigneeId`. */
  assigneeId?: IdFilter | null | undefined;
  /** Conditions on the assignee organization. */
  assigneeOrganization?: OrganizationFilter | null | undefined;
  /** Conditions on `assigneeOrganizationId`. */
  assigneeOrganizationId?: IdFilter | null | undefined;
  /** Conditions on `createdAt`. */
  createdAt?: DateTimeFilter | null | undefined;
  /** Conditions on `dueDate`. */
  dueDate?: DateFilter | null | undefined;
  /** Conditions on `id`. */
  id?: IdFilter | null | undefined;
  /** Conditions on `milestoneId`. */
  milestoneId?: IdFilter | null | undefined;
  /** This filter does not hold. */
  not?: TaskFilter | null | undefined;
  /** At least one of these filters holds. */
  or?: Array<TaskFilter> | null | undefined;
  /** Conditions on `priority`. */
  priority?: TaskPriorityFilter | null | undefined;
  /** Conditions on the task's project. */
  project?: ProjectFilter | null | undefined;
  /** Conditions on `projectId`. */
  projectId?: IdFilter | null | undefined;
  /** Conditions on `status`. */
  status?: TaskStatusFilter | null | undefined;
  /** Conditions on `title`. */
  title?: StringFilter | null | undefined;
  /** Conditions on `updatedAt`. */
  updatedAt?: DateTimeFilter | null | undefined;
  /** Conditions on `workPackageId`. */
  workPackageId?: IdFilter | null | undefined;
};

/** How urgent a task is. */
export type TaskPriority =
  /** High. */
  | 'HIGH'
  /** Low. */
  | 'LOW'
  /** Medium. */
  | 'MEDIUM'
  /** Urgent. */
  | 'URGENT';

/** Conditions on a TaskPriority value. */
export type TaskPriorityFilter = {
  /** Equal to this value. */
  eq?: TaskPriority | null | undefined;
  /** Equal to one of these values. */
  in?: Array<TaskPriority> | null | undefined;
  /** true: the field is null; false: it is not. */
  isNull?: boolean | null | undefined;
  /** Not equal to this value (rows where the field is null do not match). */
  ne?: TaskPriority | null | undefined;
};

/** Where a task stands. */
export type TaskStatus =
  /** Waiting on something. */
  | 'BLOCKED'
  /** Dropped. */
  | 'CANCELLED'
  /** Finished. */
  | 'DONE'
  /** Being worked on. */
  | 'IN_PROGRESS'
  /** Not started. */
  | 'TODO';

/** Conditions on a TaskStatus value. */
export type TaskStatusFilter = {
  /** Equal to this value. */
  eq?: TaskStatus | null | undefined;
  /** Equal to one of these values. */
  in?: Array<TaskStatus> | null | undefined;
  /** true: the field is null; false: it is not. */
  isNull?: boolean | null | undefined;
  /** Not equal to this value (rows where the field is null do not match). */
  ne?: TaskStatus | null | undefined;
};

/** Only the fields given change. The assignee may change the status only. */
export type UpdateTaskInput = {
  /** A new description. */
  description?: string | null | undefined;
  /** A new due date. */
  dueDate?: string | null | undefined;
  /** Another milestone of the same project. */
  milestoneId?: string | number | null | undefined;
  /** A new priority. */
  priority?: TaskPriority | null | undefined;
  /** A new status. */
  status?: TaskStatus | null | undefined;
  /** The task. */
  taskId: string | number;
  /** A new title. */
  title?: string | null | undefined;
  /** The version you read; a stale one is a CONFLICT and changes nothing. */
  version: number;
  /** The work package it belongs to (of the same project); null detaches it. */
  workPackageId?: string | number | null | undefined;
};

export type OverdueTasksByLeadQueryVariables = Exact<{
  dueBefore: string;
}>;


export type OverdueTasksByLeadQuery = { __typename: 'Query', tasksAggregate: Array<{ __typename: 'TaskAggregateGroup', count: number, key: { __typename: 'AggregateKey', leadOrganization: { __typename: 'Organization', id: string, name: string, type: OrganizationType } | null } }> };

export type DistributionsByQuarterQueryVariables = Exact<{
  filter?: DistributionFilter | null | undefined;
}>;


export type DistributionsByQuarterQuery = { __typename: 'Query', distributionsAggregate: Array<{ __typename: 'DistributionAggregateGroup', count: number, key: { __typename: 'AggregateKey', organizationType: OrganizationType | null, period: string | null, currency: string | null }, sum: { __typename: 'DistributionMeasures', amount: string | null } }> };

export type LoginMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type LoginMutation = { __typename: 'Mutation', login: { __typename: 'AuthPayload', token: string, user: { __typename: 'User', id: string, name: string, organization: { __typename: 'Organization', id: string, name: string } | null } } };

export type TaskAssignedSubscriptionVariables = Exact<{
  projectId: string | number;
  organizationId: string | number;
  afterEventId?: string | number | null | undefined;
}>;


export type TaskAssignedSubscription = { taskAssigned: { __typename: 'TaskEvent', eventId: string, occurredAt: string, actor: { __typename: 'User', id: string, name: string } | null, task: { __typename: 'Task', id: string, title: string, status: TaskStatus, priority: TaskPriority, dueDate: string | null, version: number, assigneeOrganization: { __typename: 'Organization', id: string, name: string } | null } } };

export type TaskBoardSubscriptionVariables = Exact<{
  projectId: string | number;
  afterEventId?: string | number | null | undefined;
}>;


export type TaskBoardSubscription = { taskUpdated: { __typename: 'TaskEvent', eventId: string, topic: string, task: { __typename: 'Task', id: string, title: string, status: TaskStatus, priority: TaskPriority, dueDate: string | null, version: number, assigneeOrganization: { __typename: 'Organization', id: string, name: string } | null } } };

export type TaskCardFragment = { __typename: 'Task', id: string, title: string, status: TaskStatus, priority: TaskPriority, dueDate: string | null, version: number, assigneeOrganization: { __typename: 'Organization', id: string, name: string } | null };

export type MyProjectsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: ProjectFilter | null | undefined;
}>;


export type MyProjectsQuery = { __typename: 'Query', projects: { __typename: 'ProjectConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'ProjectEdge', cursor: string, node: { __typename: 'Project', id: string, code: string, title: string, status: ProjectStatus, budget: string | null, currency: string, leadOrganization: { __typename: 'Organization', id: string, name: string } | null } }> } };

export type ProjectTasksQueryVariables = Exact<{
  projectId: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  filter?: TaskFilter | null | undefined;
}>;


export type ProjectTasksQuery = { __typename: 'Query', project: { __typename: 'Project', id: string, title: string, tasks: { __typename: 'TaskConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ __typename: 'TaskEdge', cursor: string, node: { __typename: 'Task', id: string, title: string, status: TaskStatus, priority: TaskPriority, dueDate: string | null, version: number, assigneeOrganization: { __typename: 'Organization', id: string, name: string } | null } }> } } | null };

export type CreateTaskMutationVariables = Exact<{
  input: CreateTaskInput;
}>;


export type CreateTaskMutation = { __typename: 'Mutation', createTask: { __typename: 'Task', id: string, title: string, status: TaskStatus, priority: TaskPriority, dueDate: string | null, version: number, assigneeOrganization: { __typename: 'Organization', id: string, name: string } | null } };

export type AssignTaskMutationVariables = Exact<{
  input: AssignTaskInput;
}>;


export type AssignTaskMutation = { __typename: 'Mutation', assignTask: { __typename: 'Task', id: string, title: string, status: TaskStatus, priority: TaskPriority, dueDate: string | null, version: number, assigneeOrganization: { __typename: 'Organization', id: string, name: string } | null } };

export type UpdateTaskMutationVariables = Exact<{
  input: UpdateTaskInput;
}>;


export type UpdateTaskMutation = { __typename: 'Mutation', updateTask: { __typename: 'Task', id: string, title: string, status: TaskStatus, priority: TaskPriority, dueDate: string | null, version: number, assigneeOrganization: { __typename: 'Organization', id: string, name: string } | null } };

export type AllianceMembersQueryVariables = Exact<{
  allianceId: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: MembershipFilter | null | undefined;
}>;


export type AllianceMembersQuery = { __typename: 'Query', alliance: { __typename: 'Alliance', id: string, name: string, status: AllianceStatus, members: { __typename: 'MembershipConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'MembershipEdge', node: { __typename: 'Membership', id: string, role: MembershipRole, status: MembershipStatus, appliedAt: string, organization: { __typename: 'Organization', id: string, name: string, type: OrganizationType } } }> } } | null };

export type DecideMembershipMutationVariables = Exact<{
  input: DecideMembershipInput;
}>;


export type DecideMembershipMutation = { __typename: 'Mutation', decideMembership: { __typename: 'Membership', id: string, status: MembershipStatus, decidedAt: string | null, reason: string | null } };

export type AllianceAgreementsQueryVariables = Exact<{
  allianceId: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AllianceAgreementsQuery = { __typename: 'Query', alliance: { __typename: 'Alliance', id: string, agreements: { __typename: 'AgreementConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'AgreementEdge', node: { __typename: 'Agreement', id: string, kind: AgreementKind, title: string, status: AgreementStatus, latestVersion: { __typename: 'AgreementVersion', id: string, number: number, status: AgreementStatus, missingSignatories: Array<{ __typename: 'Organization', id: string, name: string }> } } }> } } | null };

export type SignAgreementMutationVariables = Exact<{
  input: SignAgreementInput;
}>;


export type SignAgreementMutation = { __typename: 'Mutation', signAgreement: { __typename: 'Agreement', id: string, status: AgreementStatus, latestVersion: { __typename: 'AgreementVersion', id: string, status: AgreementStatus, missingSignatories: Array<{ __typename: 'Organization', id: string, name: string }> } } };

export const TaskCardFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<TaskCardFragment, unknown>;
export const OverdueTasksByLeadDocument = {"__meta__":{"hash":"sha256:bf8cad6a2bb96dff898e2e7717c8d314e95280972c9fab36aaae8e4230ff4b27"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OverdueTasksByLead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dueBefore"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"tasksAggregate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"dueDate"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"lt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dueBefore"}}}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"in"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"TODO"},{"kind":"EnumValue","value":"IN_PROGRESS"},{"kind":"EnumValue","value":"BLOCKED"}]}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"LEAD_ORGANIZATION"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"leadOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<OverdueTasksByLeadQuery, OverdueTasksByLeadQueryVariables>;
export const DistributionsByQuarterDocument = {"__meta__":{"hash":"sha256:09e17a6365b4e70fec64f350eb435b99e51bb7c0754acac6c174ea984de03b41"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DistributionsByQuarter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DistributionFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"distributionsAggregate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"ORGANIZATION_TYPE"},{"kind":"EnumValue","value":"QUARTER"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"organizationType"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"sum"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]} as unknown as DocumentNode<DistributionsByQuarterQuery, DistributionsByQuarterQueryVariables>;
export const LoginDocument = {"__meta__":{"hash":"sha256:f25f00c17d15551b27fc00b0c9eea758c67a7e14ee92c5b0f17133790db04d6f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const TaskAssignedDocument = {"__meta__":{"hash":"sha256:e94c34c8337368c0b428da8bf4751d7abcd5e11438c8d1d729db238a4aa308e4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"TaskAssigned"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"afterEventId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taskAssigned"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"afterEventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"afterEventId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskCard"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<TaskAssignedSubscription, TaskAssignedSubscriptionVariables>;
export const TaskBoardDocument = {"__meta__":{"hash":"sha256:747540b2b086c1874c3eb394636cd542ffc4ddf7ed8ba3da759c0944e648395b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"TaskBoard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"afterEventId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taskUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"afterEventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"afterEventId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskCard"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<TaskBoardSubscription, TaskBoardSubscriptionVariables>;
export const MyProjectsDocument = {"__meta__":{"hash":"sha256:0d6bd0c77cdeb3ccbe3653b673230854121aace37f6373425ac3b24a98f13d11"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyProjects"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"leadOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyProjectsQuery, MyProjectsQueryVariables>;
export const ProjectTasksDocument = {"__meta__":{"hash":"sha256:0d87bd6397405d1c963264135eedf293be1a5174e56c8c2b39df0f5efefd4333"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectTasks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TaskFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskCard"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ProjectTasksQuery, ProjectTasksQueryVariables>;
export const CreateTaskDocument = {"__meta__":{"hash":"sha256:27fbfb749fc203856e2f8da52ce7eef7c34133f1f7bc844c7f90073c0d4f842a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTaskInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskCard"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreateTaskMutation, CreateTaskMutationVariables>;
export const AssignTaskDocument = {"__meta__":{"hash":"sha256:e589baa02993c67f3e41b590b0c99885f76722057cb839532f1297f273b8b6fa"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignTaskInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"assignTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskCard"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AssignTaskMutation, AssignTaskMutationVariables>;
export const UpdateTaskDocument = {"__meta__":{"hash":"sha256:9c858431c9b274cc236e571b096910d14778bae0680fe00ed9dbc2e3fe6d4e52"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTaskInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"updateTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskCard"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<UpdateTaskMutation, UpdateTaskMutationVariables>;
export const AllianceMembersDocument = {"__meta__":{"hash":"sha256:d67ae0e3f369e065d0ed2101baf66bbaf62b3475567366cf0fddc7476f555c85"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AllianceMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"50"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MembershipFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"alliance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"appliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AllianceMembersQuery, AllianceMembersQueryVariables>;
export const DecideMembershipDocument = {"__meta__":{"hash":"sha256:78e0b3df6f305cf5246b61c73643d3c76245babac4f5a0bd77e5020f2f2254f2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideMembership"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideMembershipInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"decideMembership"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<DecideMembershipMutation, DecideMembershipMutationVariables>;
export const AllianceAgreementsDocument = {"__meta__":{"hash":"sha256:c8e8717215d9d471b6ab045205c614400bbf0878c33cac0fb0b761ce4c7791b9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AllianceAgreements"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"alliance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agreements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"latestVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"missingSignatories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AllianceAgreementsQuery, AllianceAgreementsQueryVariables>;
export const SignAgreementDocument = {"__meta__":{"hash":"sha256:c469aa560d209b83a5012e4359631fce57805ee2be22cb6b6e83bed397e92976"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignAgreement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignAgreementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"signAgreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"latestVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"missingSignatories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SignAgreementMutation, SignAgreementMutationVariables>;