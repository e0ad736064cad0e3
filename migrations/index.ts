/** Every migration, oldest first. Generated with `npm run db:generate -- <name>`, reviewed, never renamed. */
import { Foundation1795832229026 } from "./1795832229026-foundation";

export const migrations: Function[] = [Foundation1795832229026];
