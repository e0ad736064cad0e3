/** Assigns a task; Relay's store updates the task record in place from the payload's id. */
import { graphql } from "relay-runtime";

export const mutation = graphql`
  mutation AssignTaskMutation($input: AssignTaskInput!) {
    assignTask(input: $input) {
      id
      ...TaskDetails_task
    }
  }
`;
