export * from "./judgement.ts";
export * from "./review.ts";
export * from "./deadline.ts";
