// Filled in by the surveillance rule packs (issue 3).
export {};
