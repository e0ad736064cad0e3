/**
 * Sets of loaders whose members are made on first read. A context offers every loader, but an
 * operation reads a handful: `me { name }` needs one of them, and building all of them for every
 * request (and again after every write) was most of what a context cost.
 */
import type { DataSource } from "typeorm";
import type { Access } from "../auth/access";
import type { StandingCache } from "../auth/standing-cache";

/** What a loader that does not depend on the viewer is made from. */
export interface RowDeps {
  db: DataSource;
  /** The process's kept rows, where it has them (src/auth/standing-cache.ts). */
  kept?: StandingCache;
}

/** What a loader scoped to the viewer is made from. */
export interface LoaderDeps {
  db: DataSource;
  access: Access | null;
}

type Factories = Record<string, (deps: never) => unknown>;

/** The loaders a table of factories makes, as read-only properties of the same names. */
type Made<F> = { readonly [K in keyof F]: F[K] extends (deps: never) => infer L ? L : never };

/** What every factory of the table needs: the intersection of their parameters. */
type DepsOf<F> = { [K in keyof F]: F[K] extends (deps: infer D) => unknown ? (deps: D) => void : never }[keyof F] extends (
  deps: infer I,
) => void
  ? I
  : never;

const MADE = Symbol("made");
const DEPS = Symbol("deps");

/**
 * A class whose instances have one getter per factory: the first read makes the loader from the
 * instance's `deps`, later reads return the same one. The getters live on the prototype, built
 * once per table, so an instance costs one small array however many loaders it offers.
 */
export function lazyLoaders<F extends Factories>(factories: F): new (deps: DepsOf<F>) => Made<F> {
  type D = DepsOf<F>;
  const names = Object.keys(factories);
  class Lazy {
    /** One slot per factory, empty until its loader is first read. */
    readonly [MADE]: unknown[] = new Array(names.length);
    readonly [DEPS]: D;

    constructor(deps: D) {
      this[DEPS] = deps;
    }
  }
  names.forEach((name, slot) => {
    const make = factories[name];
    Object.defineProperty(Lazy.prototype, name, {
      get(this: Lazy) {
        return (this[MADE][slot] ??= (make as (deps: D) => unknown)(this[DEPS]));
      },
    });
  });
  return Lazy as unknown as new (deps: D) => Made<F>;
}
