// @ts-check
// `npm run lint`. Type-aware rules (recommendedTypeChecked) on every .ts file: the whole tree lints
// in about 25 s on two cores, and outside test/ the type-aware rules report a few dozen real findings
// (unneeded assertions, enum/string comparisons, `Map<any, any>` leaks), not noise. They are what
// catches the bugs this code base can least afford: an un-awaited promise inside a transaction or a
// subscription, and an async callback where a void one is expected.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import prettier from "eslint-config-prettier";

const nodeGlobals = { console: "readonly", process: "readonly", URL: "readonly", globalThis: "readonly" };
const commonJsGlobals = { require: "readonly", module: "writable", exports: "writable", __dirname: "readonly" };

export default tseslint.config(
  {
    // Generated client code is checked for drift (test/unit/client-kit.test.ts), not linted.
    ignores: ["dist/**", "node_modules/**", ".data/**", "coverage/**", "client/generated/**", "client/relay/__generated__/**"],
  },
  {
    files: ["**/*.{ts,mjs,cjs,js}"],
    extends: [js.configs.recommended],
    rules: {
      // `x == null` is the one loose comparison worth keeping: null or undefined, nothing else.
      eqeqeq: ["error", "always", { null: "ignore" }],
    },
  },
  {
    files: ["**/*.ts"],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        {
          argsIgnorePattern: "^_",
          varsIgnorePattern: "^_",
          caughtErrorsIgnorePattern: "^_",
          destructuredArrayIgnorePattern: "^_",
          ignoreRestSiblings: true,
        },
      ],
      "@typescript-eslint/no-explicit-any": "error",
      // With emitDecoratorMetadata the rule skips files that contain decorators (a type-only import
      // there could erase the class type-graphql and TypeORM read at runtime), so entities, inputs and
      // resolvers keep their value imports and everything else imports types as types.
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/no-floating-promises": "error",
      // `return await` inside try/catch keeps the rejection inside the catch (and the transaction);
      // elsewhere it only adds a tick.
      "@typescript-eslint/return-await": ["error", "in-try-catch"],
      // Apollo plugin hooks and AsyncIterator.return/throw must return promises, so `async` without
      // `await` is the plain way to write them; forgotten awaits are caught by no-floating-promises
      // and no-misused-promises instead.
      "@typescript-eslint/require-await": "off",
    },
  },
  {
    // GraphQL responses in tests are JSON of the shape each query asks for, read as
    // `Record<string, any>` and checked by the assertions themselves; typing every response would
    // double the tests for no safety the assertions do not already give.
    files: ["test/**/*.ts"],
    rules: {
      "@typescript-eslint/no-explicit-any": "off",
      "@typescript-eslint/no-unsafe-argument": "off",
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-call": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-return": "off",
    },
  },
  {
    files: ["**/*.{mjs,cjs,js}"],
    languageOptions: { globals: nodeGlobals },
  },
  {
    files: ["**/*.{cjs,js}"],
    languageOptions: { sourceType: "commonjs", globals: commonJsGlobals },
  },
  // Last: turns off every rule that Prettier's formatting would fight.
  prettier,
);
