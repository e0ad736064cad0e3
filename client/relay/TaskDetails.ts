/** One task, refetchable on its own through `node(id:)` (`useRefetchableFragment`). */
import { graphql } from "relay-runtime";

export const fragment = graphql`
  fragment TaskDetails_task on Task @refetchable(queryName: "TaskDetailsRefetchQuery") {
    id
    title
    status
    priority
    dueDate
    version
    assigneeOrganization {
      id
      name
    }
  }
`;
