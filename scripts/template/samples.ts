/** The name of the sample template `npm run template` writes in dist/templates/. */
export const TEMPLATE_FILE_NAME = "BHXH-thi-dua-mau.xlsx";

/**
 * Plausible figures of a provincial office (BHXH Hà Nội's scale) for the sample template `npm run template` writes,
 * by input key: any campaign whose definition uses one of these keys gets it; the others stay empty. Data only.
 */
export const SAMPLE_VALUES: Readonly<Record<string, unknown>> = {
  // 3826's criteria: assessed points and the two shares (53 100 and 50 870 of 58 240 employers)
  c1: 5,
  c2: 5,
  c3: 53_100 / 58_240,
  c4: 50_870 / 58_240,
  c5: 8,
  // 1170: installs to the end of the campaign against the assigned target
  installed: 2_345_000,
  assignedTarget: 2_400_000,
  qualityOk: true,
  pilot: false,
  // 3096: participants of each insurance, each target just met or beaten
  bbActual: 1_782_400,
  bbTarget: 1_750_000,
  tnActual: 61_250,
  tnTarget: 60_000,
  bhytActual: 7_205_300,
  bhytTarget: 7_180_000,
  bhtnActual: 1_598_700,
  bhtnTarget: 1_590_000,
};
