import { startTestApp, type TestApp } from "../support/app";
import { gql, ok } from "../support/client";

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.stop());

it("names the format of every custom scalar with specifiedByURL", async () => {
  const data = ok(
    await gql<Record<string, { name: string; specifiedByURL: string | null }>>(
      t.url,
      `{
        date: __type(name: "Date") { name specifiedByURL }
        dateTime: __type(name: "DateTime") { name specifiedByURL }
        decimal: __type(name: "Decimal") { name specifiedByURL }
      }`,
    ),
  );
  expect(data).toEqual({
    date: { name: "Date", specifiedByURL: "https://datatracker.ietf.org/doc/html/rfc3339" },
    dateTime: { name: "DateTime", specifiedByURL: "https://datatracker.ietf.org/doc/html/rfc3339" },
    decimal: { name: "Decimal", specifiedByURL: "docs/scalars.md#decimal" },
  });
});
