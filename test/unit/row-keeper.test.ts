import type { DataSource } from "typeorm";
import { byIdLoader, rowKeeper } from "../../src/loaders/by-id.loader";

class Row {
  constructor(
    readonly id: string,
    readonly version: number,
  ) {}
}

// Every load below is answered from the cache: a batch would need the database this has not.
const noDatabase = {} as DataSource;

describe("a page's rows kept in a by-id loader", () => {
  it("answers a load of a kept row", async () => {
    const loader = byIdLoader(noDatabase, Row);
    rowKeeper(loader)(new Row("a", 1));
    expect(await loader.load("a")).toEqual(new Row("a", 1));
  });

  it("never replaces a row already cached, as prime", async () => {
    const loader = byIdLoader(noDatabase, Row);
    loader.prime("a", new Row("a", 1));
    rowKeeper(loader)(new Row("a", 2));
    expect(await loader.load("a")).toEqual(new Row("a", 1));
  });

  it("does not bring back a row cleared after it was kept", async () => {
    const loader = byIdLoader(noDatabase, Row);
    rowKeeper(loader)(new Row("a", 1));
    // What a write does with the row it changed (e.g. assignTask).
    loader.clear("a").prime("a", new Row("a", 2));
    expect(await loader.load("a")).toEqual(new Row("a", 2));
  });

  it("keeps rows kept after the cache was asked", async () => {
    const loader = byIdLoader(noDatabase, Row);
    const keep = rowKeeper(loader);
    keep(new Row("a", 1));
    expect(await loader.load("a")).toEqual(new Row("a", 1));
    keep(new Row("b", 1));
    keep(new Row("a", 2));
    expect(await loader.loadMany(["a", "b"])).toEqual([new Row("a", 1), new Row("b", 1)]);
  });
});
