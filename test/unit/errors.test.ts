import { GraphQLError } from "graphql";
import { formatError, badInput } from "../../src/errors";
import { logger } from "../../src/logger";

describe("error masking", () => {
  beforeAll(() => logger.setLevel("error"));

  it("replaces an unexpected error by a generic internal error without SQL, stack or path", () => {
    const leaky = Object.assign(new Error('relation "secret_table" does not exist at /srv/app/src/x.ts:10'), { code: "42P01" });
    const silence = jest.spyOn(process.stderr, "write").mockImplementation(() => true);
    const formatted = formatError({ message: leaky.message, extensions: { code: "INTERNAL_SERVER_ERROR", stacktrace: ["at x"] } }, leaky);
    silence.mockRestore();
    expect(formatted).toEqual({ message: "Internal server error", extensions: { code: "INTERNAL_SERVER_ERROR" } });
  });

  it("passes client errors through with their code and field", () => {
    const error = badInput("creditCode", "creditCode has a wrong check character");
    expect(formatError({ message: error.message }, new GraphQLError("wrapped", { originalError: error }))).toMatchObject({
      message: "creditCode has a wrong check character",
      extensions: { code: "BAD_USER_INPUT", field: "creditCode" },
    });
  });

  it("maps unique violations, serialization failures and statement timeouts to client codes", () => {
    const pg = (code: string) => Object.assign(new Error("pg"), { code });
    expect(formatError({ message: "x" }, pg("40001")).extensions?.code).toBe("CONFLICT");
    expect(formatError({ message: "x" }, pg("57014")).extensions?.code).toBe("TIMEOUT");
    expect(formatError({ message: "x" }, pg("23505")).extensions?.code).toBe("CONFLICT");
  });
});
