/** Connection types of projects' collections: tasks and talent exchanges. */
import { ObjectType } from "type-graphql";
import { Connection } from "../../src/graphql/connection";
import { Task } from "../../entities/task.entity";
import { TalentExchange } from "../../entities/talent-exchange.entity";

@ObjectType()
export class TaskConnection extends Connection(Task) {}
@ObjectType()
export class TalentExchangeConnection extends Connection(TalentExchange) {}
