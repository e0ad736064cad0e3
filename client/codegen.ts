/**
 * GraphQL Code Generator for the client kit: typed document nodes of client/operations/*.graphql,
 * the trusted-documents manifest and the possible types of the interfaces, all from schema.graphql.
 * `npx graphql-codegen --config client/codegen.ts`; test/unit/client-kit.test.ts fails when the checked-in
 * output differs from what this config writes.
 */
import type { CodegenConfig } from "@graphql-codegen/cli";
import { addTypenameSelectionDocumentTransform } from "@graphql-codegen/client-preset";

const config: CodegenConfig = {
  schema: "schema.graphql",
  documents: ["client/operations/*.graphql"],
  ignoreNoDocuments: false,
  generates: {
    "client/generated/": {
      preset: "client",
      // Apollo Client and urql's graphcache read __typename on every object: selected here, so that the
      // manifest holds what the client sends and what the server runs is what the cache needs.
      documentTransforms: [addTypenameSelectionDocumentTransform],
      presetConfig: {
        // Plain types: a fragment's fields are read where they are spread, without useFragment.
        fragmentMasking: false,
        // persisted-documents.json: sha256 of each document's text → the text, what TRUSTED_DOCUMENTS reads.
        persistedDocuments: { mode: "embedHashInDocument", hashAlgorithm: "sha256" },
      },
      config: {
        strictScalars: true,
        scalars: {
          Date: "string",
          DateTime: "string",
          Decimal: "string",
          JSONObject: "Record<string, unknown>",
        },
        enumsAsTypes: true,
        useTypeImports: true,
      },
    },
    "client/generated/possible-types.ts": {
      plugins: ["fragment-matcher"],
      config: { apolloClientVersion: 3, useExplicitTyping: true },
    },
  },
};

export default config;
