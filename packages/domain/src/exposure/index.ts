// Filled in by the exposure rule packs (issue 3).
export {};
