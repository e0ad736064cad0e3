/** A project's task list read forward, page after page (`usePaginationFragment`'s loadNext). */
import { graphql } from "relay-runtime";

export const fragment = graphql`
  fragment ProjectTasks_project on Project
  @refetchable(queryName: "ProjectTasksPaginationQuery")
  @argumentDefinitions(first: { type: "Int", defaultValue: 20 }, after: { type: "String" }, filter: { type: "TaskFilter" }) {
    tasks(first: $first, after: $after, filter: $filter) @connection(key: "ProjectTasks_tasks", filters: ["filter"]) {
      totalCount
      edges {
        node {
          id
          ...TaskDetails_task
        }
      }
    }
  }
`;
