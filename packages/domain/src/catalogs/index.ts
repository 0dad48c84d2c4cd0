// Filled in by the catalogs rule packs (issue 3).
export {};
