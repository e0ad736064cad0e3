/** The live task board: assignments to one organization, delivered over graphql-ws. */
import { graphql } from "relay-runtime";

export const subscription = graphql`
  subscription TaskAssignedSubscription($projectId: ID!, $organizationId: ID!, $afterEventId: ID) {
    taskAssigned(projectId: $projectId, organizationId: $organizationId, afterEventId: $afterEventId) {
      eventId
      task {
        id
        ...TaskDetails_task
      }
    }
  }
`;
