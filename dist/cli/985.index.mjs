export const id = 985;
export const ids = [985];
export const modules = {

/***/ 73985:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   mergeConsoleText: () => (/* binding */ mergeConsoleText)
/* harmony export */ });
/* unused harmony export describeMergedOutcome */
/* harmony import */ var _chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(91811);


// src/merge/console.ts
var LEG_VERDICT = {
  passed: "\u2714 passed",
  "passed-with-warnings": "\u26A0 passed with warnings",
  failed: "\u2716 FAILED",
  "boot-error": "\u2716 SERVER DID NOT BOOT",
  "config-error": "\u2716 CONFIGURATION ERROR",
  "internal-error": "\u2716 INTERNAL ERROR",
  "no-results": "\u2716 NO RESULTS"
};
function mergeConsoleText(merged) {
  const width = Math.min(40, Math.max(...merged.legs.map((leg) => (0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_0__/* .consoleText */ .bt)(leg.name, 40).length)));
  const lines = merged.legs.map((leg) => {
    const name = (0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_0__/* .consoleText */ .bt)(leg.name, 40).padEnd(width);
    if (!leg.result) return `${name}  ${LEG_VERDICT[leg.verdict]}: ${(0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_0__/* .consoleText */ .bt)(leg.problem ?? "", 300)}`;
    const { pass, fail, warn, skip } = leg.result.summary;
    return `${name}  ${LEG_VERDICT[leg.verdict]} \xB7 ${pass} passed, ${fail} failed, ${warn} warnings, ${skip} skipped`;
  });
  const failing = merged.legs.filter((leg) => leg.verdict !== "passed" && leg.verdict !== "passed-with-warnings");
  const legs = `${(0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B4)(merged.legs.length)} ${merged.legs.length === 1 ? "leg" : "legs"}`;
  lines.push(
    "",
    failing.length > 0 ? `mcp-ci merge: FAILED on ${(0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B4)(failing.length)} of ${legs}` : `mcp-ci merge: passed on ${legs}`
  );
  return `${lines.join("\n")}
`;
}
function describeMergedOutcome(merged) {
  const failing = merged.legs.filter((leg) => leg.verdict !== "passed" && leg.verdict !== "passed-with-warnings");
  const names = failing.map((leg) => `${consoleText(leg.name, 40)} (${LEG_VERDICT[leg.verdict].slice(2)})`);
  return `mcp-ci failed on ${failing.length} of ${merged.legs.length} legs: ${names.join(", ")}`;
}



/***/ })

};
