/**
 * Event topics of projects, tasks and talent exchanges. A topic is `<subject>.<verb>`; its
 * subject is the `entityType`/`entityId` of the event. Other features keep their own topic
 * constants next to their services (e.g. `ipAsset.registered`, `revenue.recorded`): nothing
 * here has to change for a new kind of event.
 */
export const Topic = {
  PROJECT_CREATED: "project.created",
  PROJECT_UPDATED: "project.updated",
  PROJECT_STATUS_CHANGED: "project.statusChanged",
  PARTICIPANT_ADDED: "participant.added",
  PARTICIPANT_REMOVED: "participant.removed",
  MILESTONE_CREATED: "milestone.created",
  MILESTONE_ACHIEVED: "milestone.achieved",
  TASK_CREATED: "task.created",
  TASK_ASSIGNED: "task.assigned",
  TASK_UPDATED: "task.updated",
  TALENT_EXCHANGE_PROPOSED: "talentExchange.proposed",
  TALENT_EXCHANGE_DECIDED: "talentExchange.decided",
  TALENT_EXCHANGE_UPDATED: "talentExchange.updated",
} as const;

/** Every task topic (`taskUpdated` listens to all of them). */
export const TASK_TOPICS = "task.";
/** Every talent exchange topic. */
export const TALENT_EXCHANGE_TOPICS = "talentExchange.";
