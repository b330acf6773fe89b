import { RECEIVED, type Review, type ReviewState } from "../../shared/index.ts";

interface Row {
  state: ReviewState;
  note: string | null;
  reviewedBy: string;
  reviewedAt: string;
}

/** Each submission's review by id, in one statement: a submission without a row is received. */
export function reviewsStatement(db: D1Database, campaign: string, period: string): D1PreparedStatement {
  return db
    .prepare(
      `SELECT r.submission_id AS id, r.state, r.note, r.reviewed_by AS reviewedBy, r.reviewed_at AS reviewedAt
      FROM reviews r JOIN submissions s ON s.id = r.submission_id WHERE s.campaign = ? AND s.period = ?`,
    )
    .bind(campaign, period);
}

export const reviewsOf = (result: D1Result<unknown> | undefined): Map<string, Review> =>
  new Map(((result?.results ?? []) as Array<Row & { id: string }>).map(({ id, ...r }) => [id, r]));

export async function reviewOf(db: D1Database, submissionId: string): Promise<Review> {
  const row = await db
    .prepare(
      "SELECT state, note, reviewed_by AS reviewedBy, reviewed_at AS reviewedAt FROM reviews WHERE submission_id = ?",
    )
    .bind(submissionId)
    .first<Row>();
  return row ?? RECEIVED;
}

/** Written only if the state is still the one the move was checked from: two reviewers cannot both move it. */
export function moveReviewStatement(
  db: D1Database,
  submissionId: string,
  from: ReviewState,
  review: Review,
): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO reviews (submission_id, state, note, reviewed_by, reviewed_at)
      SELECT ?1, ?2, ?3, ?4, ?5 WHERE COALESCE((SELECT state FROM reviews WHERE submission_id = ?1), 'received') = ?6
      ON CONFLICT (submission_id) DO UPDATE SET state = ?2, note = ?3, reviewed_by = ?4, reviewed_at = ?5`,
    )
    .bind(submissionId, review.state, review.note, review.reviewedBy, review.reviewedAt, from);
}
