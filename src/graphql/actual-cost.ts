/**
 * `extensions.cost.actual`: the objects a response carried, the after-the-fact counterpart of the
 * requested cost (./limits.ts). Every object that is a field's value counts 1, however deep; the
 * objects of a list count through their fields only (a connection's edges do not, their nodes do).
 *
 * The walk follows the operation rather than the response: a plan of the object-valued fields each
 * selection holds, made once per document and operation, so it visits only those and never the
 * scalars around them (a wide page of tasks is 5,000 objects of scalars: one property read each).
 * A `JSONObject` value is a scalar, so nothing inside it counts (as in the requested cost).
 */
import {
  Kind,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  getNamedType,
  getOperationAST,
  isCompositeType,
  isInterfaceType,
  isObjectType,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type SelectionSetNode,
} from "graphql";

/** The object-valued fields of a selection: response names, and the plan of each one's value. */
interface CostPlan {
  names: string[];
  plans: CostPlan[];
}

const EMPTY: CostPlan = { names: [], plans: [] };

type Draft = Map<string, Draft>;

const plans = new WeakMap<DocumentNode, Map<string, CostPlan>>();

function fieldOf(schema: GraphQLSchema, type: GraphQLCompositeType, name: string): GraphQLField<unknown, unknown> | undefined {
  if (name === SchemaMetaFieldDef.name && type === schema.getQueryType()) return SchemaMetaFieldDef;
  if (name === TypeMetaFieldDef.name && type === schema.getQueryType()) return TypeMetaFieldDef;
  // A union has no fields of its own (`__typename` is a scalar).
  return isObjectType(type) || isInterfaceType(type) ? type.getFields()[name] : undefined;
}

function draft(
  schema: GraphQLSchema,
  fragments: Map<string, FragmentDefinitionNode>,
  set: SelectionSetNode,
  type: GraphQLCompositeType,
  into: Draft,
): void {
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      const field = fieldOf(schema, type, selection.name.value);
      const named = field && getNamedType(field.type);
      if (!named || !isCompositeType(named) || !selection.selectionSet) continue;
      const name = selection.alias?.value ?? selection.name.value;
      let child = into.get(name);
      if (!child) into.set(name, (child = new Map<string, Draft>()));
      draft(schema, fragments, selection.selectionSet, named, child);
    } else {
      const fragment = selection.kind === Kind.FRAGMENT_SPREAD ? fragments.get(selection.name.value) : selection;
      if (!fragment) continue;
      const condition = fragment.typeCondition ? schema.getType(fragment.typeCondition.name.value) : type;
      // Fields under another type's condition are simply absent from objects of this one.
      if (condition && isCompositeType(condition)) draft(schema, fragments, fragment.selectionSet, condition, into);
    }
  }
}

function freeze(d: Draft): CostPlan {
  if (d.size === 0) return EMPTY;
  return { names: [...d.keys()], plans: [...d.values()].map(freeze) };
}

function planOf(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined): CostPlan {
  let byOperation = plans.get(document);
  if (!byOperation) plans.set(document, (byOperation = new Map<string, CostPlan>()));
  const key = operationName ?? "";
  let plan = byOperation.get(key);
  if (!plan) {
    const operation = getOperationAST(document, operationName);
    const root = operation && schema.getRootType(operation.operation);
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of document.definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    }
    const top: Draft = new Map();
    if (operation && root) draft(schema, fragments, operation.selectionSet, root, top);
    byOperation.set(key, (plan = freeze(top)));
  }
  return plan;
}

/** What a field's `value` costs under `plan`: 1 if it is an object, and what its fields hold. */
function valueCost(value: unknown, plan: CostPlan): number {
  if (value === null || typeof value !== "object") return 0;
  if (Array.isArray(value)) return itemsCost(value, plan);
  return 1 + fieldsCost(value as Record<string, unknown>, plan);
}

/** A list's items count through their fields only (a connection's edges do not, their nodes do). */
function itemsCost(items: unknown[], plan: CostPlan): number {
  let cost = 0;
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (Array.isArray(item)) cost += itemsCost(item, plan);
    else if (item !== null && typeof item === "object") cost += fieldsCost(item as Record<string, unknown>, plan);
  }
  return cost;
}

function fieldsCost(object: Record<string, unknown>, plan: CostPlan): number {
  let cost = 0;
  for (let i = 0; i < plan.names.length; i++) cost += valueCost(object[plan.names[i]], plan.plans[i]);
  return cost;
}

/** The objects `data`, the result of `document`'s operation `operationName`, carries below itself. */
export function actualCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  data: Record<string, unknown> | null | undefined,
): number {
  return data ? fieldsCost(data, planOf(schema, document, operationName)) : 0;
}
