export const id = 687;
export const ids = [687];
export const modules = {

/***/ 89687:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   benchJson: () => (/* binding */ benchJson),
/* harmony export */   benchmarkActionRecords: () => (/* binding */ benchmarkActionRecords)
/* harmony export */ });
// src/bench/bench-json.ts
var micro = (ms) => Math.round(ms * 1e3) / 1e3;
function benchmarkActionRecords(results) {
  return results.filter((result) => result.stats.count > 0).flatMap((result) => {
    const { stats } = result;
    const series = `${result.name} (concurrency ${result.concurrency})`;
    const extra = [
      `count: ${stats.count}`,
      `errors: ${stats.errors}`,
      `p99: ${micro(stats.p99)} ms`,
      `throughput: ${Math.round(stats.throughput * 10) / 10} ops/s`,
      ...result.note ? [`note: ${result.note}`] : []
    ].join("\n");
    return [
      { name: `${series} p50`, unit: "ms", value: micro(stats.p50), range: `\xB1 ${micro(stats.stddev)}`, extra },
      { name: `${series} p95`, unit: "ms", value: micro(stats.p95), extra }
    ];
  });
}
function benchJson(results) {
  return `${JSON.stringify(benchmarkActionRecords(results), null, 2)}
`;
}



/***/ })

};
