import { createHash } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach } from "vitest";
import {
  SEED_INPUTS,
  campaignIn,
  campaignSchema,
  decodeMeta,
  measureOf,
  claimMismatch,
  type CampaignRecord,
  type Submission,
  type UnitResult,
} from "../../../shared/index.ts";
import { campaign2026 } from "../../support/campaign-2026.ts";

/**
 * A stand-in for the headquarters service on 127.0.0.1 (a real node:http server, so the client's real HTTP path
 * runs): records every request, stores a submission once per Idempotency-Key (201), answers a repeated key with
 * the first answer (200, duplicate: true), and can be told to fail: `script` is what the next uploads do
 * ("down" destroys the socket, no answer, as a dead network; a status code answers with the service's error
 * body), `meScript` the same for GET /me, `offline` drops every request. GET /me answers for the token
 * (`units`; an unknown token is 401). It scores with shared/, as the Worker does.
 */
export interface Recorded {
  method: string;
  url: string;
  headers: IncomingMessage["headers"];
  body: Buffer;
}

/** The ETag of the stand-in's one target table. */
export const TARGETS_ETAG = '"stand-in-targets-1"';

/**
 * What GET /campaigns lists, as the Worker publishes them: the three seeds at version 1 and the 2026 campaign
 * nobody coded at version 2, as headquarters would have published and corrected it. Its ETag is its content's.
 */
export const STAND_IN_CAMPAIGNS = (): CampaignRecord[] => [
  ...SEED_INPUTS.map((d) => ({
    id: d.id,
    version: 1,
    status: "published" as const,
    updatedAt: "2026-01-01T00:00:00.000Z",
    updatedBy: "seed",
    definition: { ...d },
  })),
  {
    id: campaign2026.id,
    version: 2,
    status: "published",
    updatedAt: "2026-01-20T08:00:00.000Z",
    updatedBy: "HQ",
    definition: { ...campaign2026 },
  },
];
export const campaignsEtagOf = (list: readonly CampaignRecord[]) =>
  `"c-${createHash("sha256").update(JSON.stringify(list)).digest("hex").slice(0, 16)}"`;

/** "hang": the upload is held unanswered until `release()`. */
export type Behaviour = "ok" | "down" | "store-then-drop" | "hang" | number;

export interface StandIn {
  url: string;
  requests: Recorded[];
  stored: Map<string, Submission>;
  /** What the next uploads (POST /submissions) do, first to last; "ok" once the list is used up. */
  script: Behaviour[];
  /** The same for the next GET /me: the send path asks who the token is before it uploads. */
  meScript: Behaviour[];
  /** No request is answered (the socket is destroyed), as with no network. */
  offline: boolean;
  /** Answers the uploads held by "hang". */
  release(): void;
  /** Token → who it is (GET /me). */
  units: Record<string, { unit: string; unitName: string; role: "province" | "department" | "hq" }>;
  /** GET /campaigns' list (a test may publish, correct or draft one). */
  campaigns: CampaignRecord[];
  /** GET /me/results: unit code → its results in the published decisions (none by default). */
  results: Record<string, UnitResult[]>;
  close(): Promise<void>;
}

const read = (req: IncomingMessage) =>
  new Promise<Buffer>((resolve) => {
    const parts: Buffer[] = [];
    req.on("data", (c: Buffer) => parts.push(c));
    req.on("end", () => resolve(Buffer.concat(parts)));
  });

const UNITS: StandIn["units"] = {
  "tok-hn": { unit: "P34-01", unitName: "BHXH thành phố Hà Nội", role: "province" },
  "tok-hue": { unit: "P34-11", unitName: "BHXH thành phố Huế", role: "province" },
};

export async function startStandIn(): Promise<StandIn> {
  const requests: Recorded[] = [];
  const stored = new Map<string, Submission>();
  const held: Array<() => void> = [];
  const state: StandIn = {
    url: "",
    requests,
    stored,
    script: [],
    meScript: [],
    offline: false,
    units: { ...UNITS },
    campaigns: STAND_IN_CAMPAIGNS(),
    results: {},
    release: () => held.splice(0).forEach((answer) => answer()),
    close: async () => undefined,
  };

  const json = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    res.writeHead(status, { "Content-Type": "application/json", ...headers });
    res.end(JSON.stringify(body));
  };

  function store(rec: Recorded): { status: number; body: unknown } {
    const key = String(rec.headers["idempotency-key"]);
    const first = stored.get(key);
    if (first) return { status: 200, body: { submission: first, duplicate: true } };
    const meta = decodeMeta(String(rec.headers["x-submission-meta"])) as {
      campaign: string;
      period: string;
      fileName: string;
      inputs: Record<string, unknown>;
      claimed: { value: number | null; label: string | null };
    };
    const published = state.campaigns.map((r) => campaignSchema.parse(r.definition));
    const computed = measureOf(campaignIn(published, meta.campaign), meta.period, meta.inputs);
    const submission: Submission = {
      id: `s${stored.size + 1}`,
      unit: "P34-01",
      unitName: "BHXH thành phố Hà Nội",
      campaign: meta.campaign,
      period: meta.period,
      version: stored.size + 1,
      sha256: createHash("sha256").update(rec.body).digest("hex"),
      size: rec.body.length,
      fileName: meta.fileName,
      inputs: meta.inputs,
      claimed: meta.claimed,
      computed: { value: computed.value, label: computed.label, vetoed: computed.vetoed, priority: computed.priority },
      mismatch: claimMismatch(meta.claimed.value, computed.value),
      sources: {},
      sentBy: "P34-01",
      createdAt: new Date(0).toISOString(),
    };
    stored.set(key, submission);
    return { status: 201, body: { submission, duplicate: false } };
  }

  const server: Server = createServer(async (req, res) => {
    const rec: Recorded = { method: req.method ?? "", url: req.url ?? "", headers: req.headers, body: await read(req) };
    requests.push(rec);
    if (state.offline) return req.socket.destroy();
    const upload = rec.method === "POST" && rec.url === "/api/v1/submissions";
    const behaviour =
      (upload ? state.script.shift() : rec.url === "/api/v1/me" ? state.meScript.shift() : undefined) ?? "ok";
    if (behaviour === "down") return req.socket.destroy();
    if (behaviour === "hang") await new Promise<void>((resolve) => held.push(resolve));
    if (typeof behaviour === "number") {
      return json(res, behaviour, {
        error: {
          code: `e${behaviour}`,
          field: null,
          message_vi: `Lỗi thử ${behaviour}`,
          message_en: `Test error ${behaviour}`,
        },
      });
    }
    if (rec.method === "POST" && rec.url === "/api/v1/submissions") {
      const answer = store(rec);
      if (behaviour === "store-then-drop") return req.socket.destroy(); // stored, but the answer never arrives
      return json(res, answer.status, answer.body);
    }
    if (rec.url.startsWith("/api/v1/targets")) {
      // As the Worker does: the tables' ETag, and 304 with no body when the client already holds them.
      if (rec.headers["if-none-match"] === TARGETS_ETAG) return res.writeHead(304, { ETag: TARGETS_ETAG }).end();
      return json(
        res,
        200,
        {
          tables: [{ year: 2026, document: "stand-in", rows: [{ indicator: "BHXH", value: 0.5, comparison: "gte" }] }],
        },
        { ETag: TARGETS_ETAG },
      );
    }
    if (rec.url === "/api/v1/campaigns") {
      const etag = campaignsEtagOf(state.campaigns);
      if (rec.headers["if-none-match"] === etag) return res.writeHead(304, { ETag: etag }).end();
      return json(res, 200, { campaigns: state.campaigns }, { ETag: etag });
    }
    if (rec.url.startsWith("/api/v1/campaigns/") && rec.url.includes("/template.xlsx")) {
      res.writeHead(200, { "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" });
      return res.end(Buffer.from("PK\u0003\u0004stand-in"));
    }
    if (rec.url.startsWith("/api/v1/submissions")) return json(res, 200, { submissions: [...stored.values()] });
    if (rec.url === "/api/v1/me/results") {
      const who = state.units[String(rec.headers.authorization ?? "").replace(/^Bearer /, "")];
      return json(res, 200, { results: (who && state.results[who.unit]) ?? [] });
    }
    if (rec.url === "/api/v1/me") {
      const who = state.units[String(rec.headers.authorization ?? "").replace(/^Bearer /, "")];
      if (!who)
        return json(res, 401, {
          error: { code: "unauthorized", field: null, message_vi: "Token không hợp lệ", message_en: "Invalid token" },
        });
      return json(res, 200, who);
    }
    return json(res, 404, {
      error: { code: "not_found", field: null, message_vi: "Không có", message_en: "Not found" },
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  state.close = () => {
    state.release(); // an upload a failed test left hanging would keep the server from closing
    return new Promise<void>((resolve) => server.close(() => resolve()));
  };
  return state;
}

/**
 * One stand-in for a test file: started before its tests, closed after them, and emptied (requests, stored
 * submissions, script) before each test, so no test sees another's traffic.
 */
export function useStandIn(): StandIn {
  let started: StandIn | undefined;
  const now = (): StandIn => {
    if (!started) throw new Error("the stand-in service starts in beforeAll: use it inside a test or hook");
    return started;
  };
  beforeAll(async () => {
    started = await startStandIn();
  });
  afterAll(() => started?.close());
  beforeEach(() => {
    const s = now();
    s.requests.length = 0;
    s.stored.clear();
    s.script = [];
    s.meScript = [];
    s.offline = false;
    s.units = { ...UNITS };
    s.campaigns = STAND_IN_CAMPAIGNS();
    s.results = {};
  });
  return {
    get url() {
      return now().url;
    },
    get requests() {
      return now().requests;
    },
    get stored() {
      return now().stored;
    },
    get script() {
      return now().script;
    },
    set script(next) {
      now().script = next;
    },
    get meScript() {
      return now().meScript;
    },
    set meScript(next) {
      now().meScript = next;
    },
    get offline() {
      return now().offline;
    },
    set offline(next) {
      now().offline = next;
    },
    get units() {
      return now().units;
    },
    get campaigns() {
      return now().campaigns;
    },
    set campaigns(next) {
      now().campaigns = next;
    },
    get results() {
      return now().results;
    },
    set results(next) {
      now().results = next;
    },
    release: () => now().release(),
    close: () => now().close(),
  };
}
