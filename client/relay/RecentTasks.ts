/** The newest tasks of a project read backward from the end (`usePaginationFragment`'s loadPrevious). */
import { graphql } from "relay-runtime";

export const fragment = graphql`
  fragment RecentTasks_project on Project
  @refetchable(queryName: "RecentTasksPaginationQuery")
  @argumentDefinitions(last: { type: "Int", defaultValue: 10 }, before: { type: "String" }) {
    recentTasks: tasks(last: $last, before: $before) @connection(key: "RecentTasks_recentTasks") {
      edges {
        node {
          id
          title
          createdAt
        }
      }
    }
  }
`;
