import type { SubmissionAnswer } from "../../shared/index.ts";
import type { ApiError } from "../api/client.ts";
import type { Message } from "../errors.ts";
import type { QueuedSubmission } from "./items.ts";

/** What became of one item the queue tried to send. */
export type SendOutcome =
  | { kind: "sent"; item: QueuedSubmission; answer: SubmissionAnswer & { status: number } }
  | { kind: "waiting"; item: QueuedSubmission; error: ApiError }
  | { kind: "rejected"; item: QueuedSubmission; error: ApiError }
  /** A 2xx whose body could not be read: the service stored it, so it leaves the queue (a resend would duplicate). */
  | { kind: "unread"; item: QueuedSubmission; error: ApiError }
  /** The stored bytes cannot be read whole: set aside (kept), or removed when nothing of it is left. */
  | { kind: "broken"; item: QueuedSubmission; removed: boolean; message: Message }
  /** Something unexpected while sending this item: it stays in the queue as it was, the others go on. */
  | { kind: "failed"; item: QueuedSubmission; message: Message };
