/**
 * @generated SignedSource<<2ebfbabd9a2c895b37bd5f8194ed7d39>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ReaderFragment } from 'relay-runtime';
export type TaskPriority = "HIGH" | "LOW" | "MEDIUM" | "URGENT" | "%future added value";
export type TaskStatus = "BLOCKED" | "CANCELLED" | "DONE" | "IN_PROGRESS" | "TODO" | "%future added value";
import { FragmentRefs } from "relay-runtime";
export type TaskDetails_task$data = {
  readonly assigneeOrganization: {
    readonly id: string;
    readonly name: string;
  } | null | undefined;
  readonly dueDate: string | null | undefined;
  readonly id: string;
  readonly priority: TaskPriority;
  readonly status: TaskStatus;
  readonly title: string;
  readonly version: number;
  readonly " $fragmentType": "TaskDetails_task";
};
export type TaskDetails_task$key = {
  readonly " $data"?: TaskDetails_task$data;
  readonly " $fragmentSpreads": FragmentRefs<"TaskDetails_task">;
};

import TaskDetailsRefetchQuery_graphql from './TaskDetailsRefetchQuery.graphql';

const node: ReaderFragment = (function(){
var v0 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "id",
  "storageKey": null
};
return {
  "argumentDefinitions": [],
  "kind": "Fragment",
  "metadata": {
    "refetch": {
      "connection": null,
      "fragmentPathInResult": [
        "node"
      ],
      "operation": TaskDetailsRefetchQuery_graphql,
      "identifierInfo": {
        "identifierField": "id",
        "identifierQueryVariableName": "id"
      }
    }
  },
  "name": "TaskDetails_task",
  "selections": [
    (v0/*:: as any*/),
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "title",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "status",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "priority",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "dueDate",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "version",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "concreteType": "Organization",
      "kind": "LinkedField",
      "name": "assigneeOrganization",
      "plural": false,
      "selections": [
        (v0/*:: as any*/),
        {
          "alias": null,
          "args": null,
          "kind": "ScalarField",
          "name": "name",
          "storageKey": null
        }
      ],
      "storageKey": null
    }
  ],
  "type": "Task",
  "abstractKey": null
};
})();

(node as any).hash = "3011e98cd1a20579c11b49d53964fb6c";

export default node;
