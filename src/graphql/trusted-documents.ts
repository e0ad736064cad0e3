/**
 * Trusted documents (TRUSTED_DOCUMENTS): the server runs only the operations of a manifest, named
 * by the sha256 of their text, over HTTP and graphql-ws alike. A request names one as
 * `documentId: "sha256:<hex>"` or, as Apollo Client's persisted-query link sends it,
 * `extensions.persistedQuery.sha256Hash`; anything else is refused with PERSISTED_QUERY_NOT_FOUND
 * before it is parsed. Each document is parsed, validated and priced once, at start.
 */
import type { NextFunction, Request, Response } from "express";
import { GraphQLError, type DocumentNode } from "graphql";
import type { DocumentStore } from "@apollo/server";
import type { OperationGuard } from "./limits";

/** The code of every refusal: the one Apollo Client's persisted-query link and APQ clients know. */
const TRUSTED_DOCUMENT_REFUSED = "PERSISTED_QUERY_NOT_FOUND";

/** What a request carries that may name a document, over either transport. */
interface DocumentRequest {
  query?: unknown;
  documentId?: unknown;
  extensions?: unknown;
}

function refusal(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: TRUSTED_DOCUMENT_REFUSED } });
}

/** The hex sha256 a request names, or why it names none. */
function requestedHash(request: DocumentRequest): string | GraphQLError {
  const persisted = (request.extensions as { persistedQuery?: { sha256Hash?: unknown } } | undefined)?.persistedQuery?.sha256Hash;
  const id = typeof request.documentId === "string" ? /^sha256:(.*)$/.exec(request.documentId)?.[1] : persisted;
  if (typeof id === "string") return id.toLowerCase();
  return refusal(
    'Only trusted documents run on this server: name one by its sha256, as documentId "sha256:<hex>" or extensions.persistedQuery.sha256Hash',
  );
}

export class TrustedDocuments {
  private readonly byHash = new Map<string, { text: string; document: DocumentNode }>();

  /** Throws, naming the document, when one is not a valid operation of the schema or costs too much. */
  constructor(manifest: ReadonlyMap<string, string>, guard: OperationGuard) {
    for (const [hash, text] of manifest) {
      try {
        this.byHash.set(hash, { text, document: guard.trust(text) });
      } catch (error) {
        throw new Error(`TRUSTED_DOCUMENTS: the document sha256:${hash} cannot run: ${(error as Error).message}`, { cause: error });
      }
    }
  }

  /** The trusted document a request names, or the error it is refused with. */
  resolve(request: DocumentRequest): { text: string; document: DocumentNode } | GraphQLError {
    const hash = requestedHash(request);
    if (hash instanceof GraphQLError) return hash;
    const trusted = this.byHash.get(hash);
    if (!trusted) return refusal(`No trusted document has the sha256 ${hash}`);
    // A client may send the text along (as APQ does when registering): it must be the one trusted.
    if (typeof request.query === "string" && request.query !== "" && request.query !== trusted.text) {
      return refusal(`The query sent is not the trusted document sha256:${hash}`);
    }
    return trusted;
  }

  /**
   * Express middleware before Apollo: puts the trusted text in place of the request's (POST body or
   * GET parameters), without the persisted-query extension, or answers the refusal itself.
   */
  readonly http = (req: Request, res: Response, next: NextFunction): void => {
    let request: DocumentRequest;
    let url: URL | undefined;
    if (req.method === "GET") {
      url = new URL(req.url, "http://localhost");
      let extensions: unknown;
      try {
        extensions = JSON.parse(url.searchParams.get("extensions") ?? "null");
      } catch {
        extensions = undefined;
      }
      request = {
        query: url.searchParams.get("query") ?? undefined,
        documentId: url.searchParams.get("documentId") ?? undefined,
        extensions,
      };
    } else {
      request = (req.body ?? {}) as DocumentRequest;
    }
    const trusted = this.resolve(request);
    if (trusted instanceof GraphQLError) {
      res.status(400).json({ errors: [trusted.toJSON()] });
      return;
    }
    if (url) {
      url.searchParams.set("query", trusted.text);
      url.searchParams.delete("documentId");
      url.searchParams.delete("extensions");
      req.url = url.pathname + url.search;
    } else {
      req.body = withText(req.body, trusted.text);
    }
    next();
  };

  /** A POST body with the trusted text in place of the request's, or the refusal to answer with (400). */
  rewriteBody(body: unknown): Record<string, unknown> | GraphQLError {
    const trusted = this.resolve(body ?? {});
    return trusted instanceof GraphQLError ? trusted : withText(body, trusted.text);
  }

  /**
   * Apollo's document store: Apollo keys a document by the sha256 of its text, so it finds each
   * trusted document already parsed, validated and priced (the same object the guard priced at
   * start). Only trusted documents get this far, so there is nothing else to keep.
   */
  documentStore(): DocumentStore {
    return {
      get: async (key) => this.byHash.get(key.slice(key.lastIndexOf(":") + 1))?.document,
      set: async () => undefined,
      delete: async () => true,
    };
  }
}

/** A POST body naming its document by the trusted text, without the id or the persisted-query extension. */
function withText(body: unknown, text: string): Record<string, unknown> {
  const { documentId: _id, extensions, ...rest } = (body ?? {}) as Record<string, unknown>;
  const { persistedQuery: _persisted, ...others } = (extensions ?? {}) as Record<string, unknown>;
  return { ...rest, query: text, extensions: others };
}
