/**
 * @generated SignedSource<<de66e0102fbdd2de33309ffd8192d61d>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ConcreteRequest } from 'relay-runtime';
import { FragmentRefs } from "relay-runtime";
export type OrganizationType = "ENTERPRISE" | "OTHER" | "RESEARCH_INSTITUTE" | "UNIVERSITY" | "%future added value";
export type ParticipantRole = "LEAD" | "PARTICIPANT" | "%future added value";
export type ProjectStatus = "ACTIVE" | "APPROVED" | "COMPLETED" | "PROPOSED" | "TERMINATED" | "%future added value";
export type ProjectVisibility = "ALLIANCE" | "PARTICIPANTS" | "%future added value";
export type TaskPriority = "HIGH" | "LOW" | "MEDIUM" | "URGENT" | "%future added value";
export type TaskStatus = "BLOCKED" | "CANCELLED" | "DONE" | "IN_PROGRESS" | "TODO" | "%future added value";
export type TaskFilter = {
  and?: ReadonlyArray<TaskFilter> | null | undefined;
  assigneeId?: IdFilter | null | undefined;
  assigneeOrganization?: OrganizationFilter | null | undefined;
  assigneeOrganizationId?: IdFilter | null | undefined;
  createdAt?: DateTimeFilter | null | undefined;
  dueDate?: DateFilter | null | undefined;
  id?: IdFilter | null | undefined;
  milestoneId?: IdFilter | null | undefined;
  not?: TaskFilter | null | undefined;
  or?: ReadonlyArray<TaskFilter> | null | undefined;
  priority?: TaskPriorityFilter | null | undefined;
  project?: ProjectFilter | null | undefined;
  projectId?: IdFilter | null | undefined;
  status?: TaskStatusFilter | null | undefined;
  title?: StringFilter | null | undefined;
  updatedAt?: DateTimeFilter | null | undefined;
  workPackageId?: IdFilter | null | undefined;
};
export type IdFilter = {
  eq?: string | null | undefined;
  in?: ReadonlyArray<string> | null | undefined;
  isNull?: boolean | null | undefined;
  ne?: string | null | undefined;
};
export type OrganizationFilter = {
  and?: ReadonlyArray<OrganizationFilter> | null | undefined;
  createdAt?: DateTimeFilter | null | undefined;
  creditCode?: StringFilter | null | undefined;
  id?: IdFilter | null | undefined;
  industryBackbone?: BooleanFilter | null | undefined;
  name?: StringFilter | null | undefined;
  not?: OrganizationFilter | null | undefined;
  or?: ReadonlyArray<OrganizationFilter> | null | undefined;
  region?: StringFilter | null | undefined;
  type?: OrganizationTypeFilter | null | undefined;
};
export type DateTimeFilter = {
  eq?: string | null | undefined;
  gt?: string | null | undefined;
  gte?: string | null | undefined;
  isNull?: boolean | null | undefined;
  lt?: string | null | undefined;
  lte?: string | null | undefined;
  ne?: string | null | undefined;
};
export type StringFilter = {
  contains?: string | null | undefined;
  eq?: string | null | undefined;
  in?: ReadonlyArray<string> | null | undefined;
  isNull?: boolean | null | undefined;
  ne?: string | null | undefined;
};
export type BooleanFilter = {
  eq?: boolean | null | undefined;
  isNull?: boolean | null | undefined;
  ne?: boolean | null | undefined;
};
export type OrganizationTypeFilter = {
  eq?: OrganizationType | null | undefined;
  in?: ReadonlyArray<OrganizationType> | null | undefined;
  isNull?: boolean | null | undefined;
  ne?: OrganizationType | null | undefined;
};
export type DateFilter = {
  eq?: string | null | undefined;
  gt?: string | null | undefined;
  gte?: string | null | undefined;
  isNull?: boolean | null | undefined;
  lt?: string | null | undefined;
  lte?: string | null | undefined;
  ne?: string | null | undefined;
};
export type TaskPriorityFilter = {
  eq?: TaskPriority | null | undefined;
  in?: ReadonlyArray<TaskPriority> | null | undefined;
  isNull?: boolean | null | undefined;
  ne?: TaskPriority | null | undefined;
};
export type ProjectFilter = {
  allianceId?: IdFilter | null | undefined;
  and?: ReadonlyArray<ProjectFilter> | null | undefined;
  budget?: DecimalFilter | null | undefined;
  code?: StringFilter | null | undefined;
  createdAt?: DateTimeFilter | null | undefined;
  endDate?: DateFilter | null | undefined;
  id?: IdFilter | null | undefined;
  not?: ProjectFilter | null | undefined;
  or?: ReadonlyArray<ProjectFilter> | null | undefined;
  participants?: ParticipantFilter | null | undefined;
  startDate?: DateFilter | null | undefined;
  status?: ProjectStatusFilter | null | undefined;
  title?: StringFilter | null | undefined;
  visibility?: ProjectVisibilityFilter | null | undefined;
};
export type DecimalFilter = {
  eq?: string | null | undefined;
  gt?: string | null | undefined;
  gte?: string | null | undefined;
  isNull?: boolean | null | undefined;
  lt?: string | null | undefined;
  lte?: string | null | undefined;
  ne?: string | null | undefined;
};
export type ParticipantFilter = {
  and?: ReadonlyArray<ParticipantFilter> | null | undefined;
  joinedAt?: DateTimeFilter | null | undefined;
  not?: ParticipantFilter | null | undefined;
  or?: ReadonlyArray<ParticipantFilter> | null | undefined;
  organization?: OrganizationFilter | null | undefined;
  organizationId?: IdFilter | null | undefined;
  role?: ParticipantRoleFilter | null | undefined;
};
export type ParticipantRoleFilter = {
  eq?: ParticipantRole | null | undefined;
  in?: ReadonlyArray<ParticipantRole> | null | undefined;
  isNull?: boolean | null | undefined;
  ne?: ParticipantRole | null | undefined;
};
export type ProjectStatusFilter = {
  eq?: ProjectStatus | null | undefined;
  in?: ReadonlyArray<ProjectStatus> | null | undefined;
  isNull?: boolean | null | undefined;
  ne?: ProjectStatus | null | undefined;
};
export type ProjectVisibilityFilter = {
  eq?: ProjectVisibility | null | undefined;
  in?: ReadonlyArray<ProjectVisibility> | null | undefined;
  isNull?: boolean | null | undefined;
  ne?: ProjectVisibility | null | undefined;
};
export type TaskStatusFilter = {
  eq?: TaskStatus | null | undefined;
  in?: ReadonlyArray<TaskStatus> | null | undefined;
  isNull?: boolean | null | undefined;
  ne?: TaskStatus | null | undefined;
};
export type ProjectTasksPaginationQuery$variables = {
  after?: string | null | undefined;
  filter?: TaskFilter | null | undefined;
  first?: number | null | undefined;
  id: string;
};
export type ProjectTasksPaginationQuery$data = {
  readonly node: {
    readonly " $fragmentSpreads": FragmentRefs<"ProjectTasks_project">;
  } | null | undefined;
};
export type ProjectTasksPaginationQuery = {
  response: ProjectTasksPaginationQuery$data;
  variables: ProjectTasksPaginationQuery$variables;
};

const node: ConcreteRequest = (function(){
var v0 = [
  {
    "defaultValue": null,
    "kind": "LocalArgument",
    "name": "after"
  },
  {
    "defaultValue": null,
    "kind": "LocalArgument",
    "name": "filter"
  },
  {
    "defaultValue": 20,
    "kind": "LocalArgument",
    "name": "first"
  },
  {
    "defaultValue": null,
    "kind": "LocalArgument",
    "name": "id"
  }
],
v1 = [
  {
    "kind": "Variable",
    "name": "id",
    "variableName": "id"
  }
],
v2 = [
  {
    "kind": "Variable",
    "name": "after",
    "variableName": "after"
  },
  {
    "kind": "Variable",
    "name": "filter",
    "variableName": "filter"
  },
  {
    "kind": "Variable",
    "name": "first",
    "variableName": "first"
  }
],
v3 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "__typename",
  "storageKey": null
},
v4 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "id",
  "storageKey": null
};
return {
  "fragment": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Fragment",
    "metadata": null,
    "name": "ProjectTasksPaginationQuery",
    "selections": [
      {
        "alias": null,
        "args": (v1/*:: as any*/),
        "concreteType": null,
        "kind": "LinkedField",
        "name": "node",
        "plural": false,
        "selections": [
          {
            "args": (v2/*:: as any*/),
            "kind": "FragmentSpread",
            "name": "ProjectTasks_project"
          }
        ],
        "storageKey": null
      }
    ],
    "type": "Query",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "ProjectTasksPaginationQuery",
    "selections": [
      {
        "alias": null,
        "args": (v1/*:: as any*/),
        "concreteType": null,
        "kind": "LinkedField",
        "name": "node",
        "plural": false,
        "selections": [
          (v3/*:: as any*/),
          (v4/*:: as any*/),
          {
            "kind": "InlineFragment",
            "selections": [
              {
                "alias": null,
                "args": (v2/*:: as any*/),
                "concreteType": "TaskConnection",
                "kind": "LinkedField",
                "name": "tasks",
                "plural": false,
                "selections": [
                  {
                    "alias": null,
                    "args": null,
                    "kind": "ScalarField",
                    "name": "totalCount",
                    "storageKey": null
                  },
                  {
                    "alias": null,
                    "args": null,
                    "concreteType": "TaskEdge",
                    "kind": "LinkedField",
                    "name": "edges",
                    "plural": true,
                    "selections": [
                      {
                        "alias": null,
                        "args": null,
                        "concreteType": "Task",
                        "kind": "LinkedField",
                        "name": "node",
                        "plural": false,
                        "selections": [
                          (v4/*:: as any*/),
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
                              (v4/*:: as any*/),
                              {
                                "alias": null,
                                "args": null,
                                "kind": "ScalarField",
                                "name": "name",
                                "storageKey": null
                              }
                            ],
                            "storageKey": null
                          },
                          (v3/*:: as any*/)
                        ],
                        "storageKey": null
                      },
                      {
                        "alias": null,
                        "args": null,
                        "kind": "ScalarField",
                        "name": "cursor",
                        "storageKey": null
                      }
                    ],
                    "storageKey": null
                  },
                  {
                    "alias": null,
                    "args": null,
                    "concreteType": "PageInfo",
                    "kind": "LinkedField",
                    "name": "pageInfo",
                    "plural": false,
                    "selections": [
                      {
                        "alias": null,
                        "args": null,
                        "kind": "ScalarField",
                        "name": "endCursor",
                        "storageKey": null
                      },
                      {
                        "alias": null,
                        "args": null,
                        "kind": "ScalarField",
                        "name": "hasNextPage",
                        "storageKey": null
                      }
                    ],
                    "storageKey": null
                  }
                ],
                "storageKey": null
              },
              {
                "alias": null,
                "args": (v2/*:: as any*/),
                "filters": [
                  "filter"
                ],
                "handle": "connection",
                "key": "ProjectTasks_tasks",
                "kind": "LinkedHandle",
                "name": "tasks"
              }
            ],
            "type": "Project",
            "abstractKey": null
          }
        ],
        "storageKey": null
      }
    ]
  },
  "params": {
    "cacheID": "71f70bb264b528fa582c6c9154d4ff6a",
    "id": null,
    "metadata": {},
    "name": "ProjectTasksPaginationQuery",
    "operationKind": "query",
    "text": "query ProjectTasksPaginationQuery(\n  $after: String\n  $filter: TaskFilter\n  $first: Int = 20\n  $id: ID!\n) {\n  node(id: $id) {\n    __typename\n    ...ProjectTasks_project_G9cLv\n    id\n  }\n}\n\nfragment ProjectTasks_project_G9cLv on Project {\n  tasks(first: $first, after: $after, filter: $filter) {\n    totalCount\n    edges {\n      node {\n        id\n        ...TaskDetails_task\n        __typename\n      }\n      cursor\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n  id\n}\n\nfragment TaskDetails_task on Task {\n  id\n  title\n  status\n  priority\n  dueDate\n  version\n  assigneeOrganization {\n    id\n    name\n  }\n}\n"
  }
};
})();

(node as any).hash = "36c3a1d38fe0474fec21d203cb71dfe5";

export default node;
