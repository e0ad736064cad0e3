/** Connection types of projects' collections: tasks and talent exchanges. */
import { ObjectType } from "type-graphql";
import { Connection } from "../../src/graphql/connection";
import { Task } from "../../entities/task.entity";
import { TalentExchange } from "../../entities/talent-exchange.entity";

@ObjectType({ description: "A page of Task rows (a Relay connection)." })
export class TaskConnection extends Connection(Task) {}
@ObjectType({ description: "A page of TalentExchange rows (a Relay connection)." })
export class TalentExchangeConnection extends Connection(TalentExchange) {}
