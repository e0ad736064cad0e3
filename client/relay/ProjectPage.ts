/** The page that spreads the task fragments: one query, both directions of the task list. */
import { graphql } from "relay-runtime";

export const query = graphql`
  query ProjectPageQuery($id: ID!) {
    project(id: $id) {
      id
      title
      status
      ...ProjectTasks_project
      ...RecentTasks_project
    }
  }
`;
