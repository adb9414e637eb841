/**
 * The day of the build: "today" for every rule that asks how old evidence is (src/lib/directory/evidence.ts).
 * One value per build, so a page, a count and an export built together never disagree.
 */
export const buildDate = new Date();
