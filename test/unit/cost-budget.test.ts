import { CostBudget } from "../../src/graphql/cost-budget";
import { AppError } from "../../src/errors";

const MINUTE = 60_000;
const T0 = Date.UTC(2026, 11, 7, 9, 0, 0);

it("answers each charge with what is left of the sliding minute and the end of the current window", () => {
  let now = T0 + 10_000;
  const budget = new CostBudget(100, () => now);
  expect(budget.charge("org:a", 30)).toEqual({ remaining: 70, resetAt: "2026-12-07T09:01:00.000Z" });
  expect(budget.charge("org:a", 30)).toEqual({ remaining: 40, resetAt: "2026-12-07T09:01:00.000Z" });
  // Another key spends its own budget.
  expect(budget.charge("org:b", 10).remaining).toBe(90);

  // A quarter into the next window, three quarters of the previous one's 60 still count.
  now = T0 + MINUTE + 15_000;
  expect(budget.charge("org:a", 5)).toEqual({ remaining: 50, resetAt: "2026-12-07T09:02:00.000Z" });
  // Two windows on, nothing of it is left.
  now = T0 + 3 * MINUTE;
  expect(budget.charge("org:a", 5)).toEqual({ remaining: 95, resetAt: "2026-12-07T09:04:00.000Z" });
});

it("refuses a charge past the budget with RATE_LIMITED, the window's end and a Retry-After, and spends nothing", () => {
  const now = T0 + 45_000;
  const budget = new CostBudget(100, () => now);
  budget.charge("org:a", 90);
  let refused: unknown;
  try {
    budget.charge("org:a", 20);
  } catch (error) {
    refused = error;
  }
  expect(refused).toBeInstanceOf(AppError);
  const extensions = (refused as AppError).extensions as { code: string; resetAt: string; http: { headers: Map<string, string> } };
  expect(extensions.code).toBe("RATE_LIMITED");
  expect(extensions.resetAt).toBe("2026-12-07T09:01:00.000Z");
  expect(extensions.http.headers.get("retry-after")).toBe("15");
  expect(budget.charge("org:a", 10).remaining).toBe(0);
});
