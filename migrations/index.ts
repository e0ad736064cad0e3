/** Every migration, oldest first. Generated with `npm run db:generate -- <name>`, reviewed, never renamed. */
import { Foundation1795832229026 } from "./1795832229026-foundation";
import { ProjectsAndIpAssets1795832367211 } from "./1795832367211-projects-and-ip-assets";
import { ProjectsTasksTalentEvents1795832889498 } from "./1795832889498-projects-tasks-talent-events";

export const migrations: Function[] = [
  Foundation1795832229026,
  ProjectsAndIpAssets1795832367211,
  ProjectsTasksTalentEvents1795832889498,
];
