/**
 * Device storage: OfficeRuntime.storage in Office (SharedRuntime 1.1; 10 MB per domain, shared by the add-ins of
 * that domain), the browser's localStorage elsewhere (tests, a page opened outside Office). The service address
 * and the unit's token live here, never in the workbook.
 */
export interface KeyValueStore {
  getItem(key: string): Promise<string | null>;
  setItem(key: string, value: string): Promise<void>;
  removeItem(key: string): Promise<void>;
  /** Every key (SharedRuntime 1.1): how the queue finds its items without a shared index. */
  getKeys(): Promise<string[]>;
}

/** OfficeRuntime.storage's documented limit, shared by every add-in served from the same domain. */
export const DEVICE_STORAGE_LIMIT_BYTES = 10 * 1024 * 1024;

export function memoryStore(): KeyValueStore {
  const map = new Map<string, string>();
  return {
    getItem: async (k) => map.get(k) ?? null,
    setItem: async (k, v) => void map.set(k, v),
    removeItem: async (k) => void map.delete(k),
    getKeys: async () => [...map.keys()],
  };
}

export function deviceStorage(): KeyValueStore {
  if (typeof OfficeRuntime !== "undefined" && OfficeRuntime.storage) {
    const s = OfficeRuntime.storage;
    return {
      getItem: (k) => s.getItem(k),
      setItem: (k, v) => s.setItem(k, v),
      removeItem: (k) => s.removeItem(k),
      getKeys: () => s.getKeys(),
    };
  }
  if (typeof localStorage !== "undefined") {
    return {
      getItem: async (k) => localStorage.getItem(k),
      setItem: async (k, v) => localStorage.setItem(k, v),
      removeItem: async (k) => localStorage.removeItem(k),
      getKeys: async () =>
        Array.from({ length: localStorage.length }, (_, i) => localStorage.key(i)).filter(
          (k): k is string => k !== null,
        ),
    };
  }
  return memoryStore();
}

const SETTINGS_KEYS = {
  serviceUrl: "bhxh.serviceUrl",
  token: "bhxh.token",
  campaign: "bhxh.campaign",
  period: "bhxh.period",
} as const;

export interface Settings {
  serviceUrl: string;
  token: string;
  campaign: string;
  period: string;
}

/**
 * The Worker that serves the add-in is the service (one origin), so until the user sets another address the
 * pane's own HTTPS origin is the one to use: a province only pastes its token.
 */
const defaultServiceUrl = (): string =>
  typeof location !== "undefined" && location.protocol === "https:" ? location.origin : "";

export async function readSettings(storage: KeyValueStore): Promise<Settings> {
  const [serviceUrl, token, campaign, period] = await Promise.all(
    [SETTINGS_KEYS.serviceUrl, SETTINGS_KEYS.token, SETTINGS_KEYS.campaign, SETTINGS_KEYS.period].map((k) =>
      storage.getItem(k),
    ),
  );
  return {
    serviceUrl: serviceUrl ?? defaultServiceUrl(),
    token: token ?? "",
    campaign: campaign ?? "",
    period: period ?? "",
  };
}

export async function writeSettings(storage: KeyValueStore, settings: Partial<Settings>): Promise<void> {
  for (const [name, value] of Object.entries(settings)) {
    const key = SETTINGS_KEYS[name as keyof Settings];
    if (key && value !== undefined) await storage.setItem(key, value.trim());
  }
}
