export const id = 673;
export const ids = [673];
export const modules = {

/***/ 88673:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   catalogueEntries: () => (/* binding */ catalogueEntries),
/* harmony export */   catalogueText: () => (/* binding */ catalogueText)
/* harmony export */ });
/* unused harmony exports catalogueMarkdown, checksMarkdown */
/* harmony import */ var _chunk_KMFQMG4R_mjs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17478);
/* harmony import */ var _chunk_6N7BVTOG_mjs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(20677);
/* harmony import */ var _chunk_Q32MXKF3_mjs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(63906);
/* harmony import */ var _chunk_BZN75YLR_mjs__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(73118);





// src/checks/requirements.ts
var REQUIREMENTS = [
  { id: "BASE-01", keyword: "MUST", versions: "25-03\u219226-07", transport: "both", testClass: "P" },
  { id: "BASE-02", keyword: "MUST", versions: "25-03\u219226-07", transport: "both", testClass: "A" },
  { id: "BASE-03", keyword: "MUST", versions: "25-03\u219226-07", transport: "both", testClass: "P" },
  { id: "BASE-04", keyword: "MUST", versions: "25-03\u219226-07", transport: "both", testClass: "A" },
  { id: "BASE-05", keyword: "MUST NOT", versions: "25-03\u219226-07", transport: "both", testClass: "A" },
  { id: "BASE-06", keyword: "MUST", versions: "25-03\u219225-11", transport: "both", testClass: "P" },
  { id: "BASE-07", keyword: "MUST NOT", versions: "25-03\u219225-11", transport: "both", testClass: "P" },
  { id: "BASE-08", keyword: "MUST NOT", versions: "25-03\u219226-07", transport: "both", testClass: "P" },
  { id: "BASE-09", keyword: "MUST", versions: "25-03\u219226-07", transport: "both", testClass: "A" },
  { id: "BASE-10", keyword: "MUST", versions: "25-03\u219226-07", transport: "both", testClass: "A" },
  { id: "BASE-11", keyword: "MUST", versions: "25-03\u219226-07", transport: "both", testClass: "A" },
  { id: "BASE-12", keyword: "MUST", versions: "25-03", transport: "both", testClass: "A" },
  { id: "BASE-13", keyword: "MUST", versions: "25-06\u219226-07", transport: "both", testClass: "P" },
  { id: "BASE-14", keyword: "MUST", versions: "25-11\u219226-07", transport: "both", testClass: "A" },
  { id: "BASE-15", keyword: "MUST", versions: "25-03\u219226-07", transport: "both", testClass: "P" },
  { id: "SCH-01", keyword: "SCHEMA", versions: "25-03\u219225-11", transport: "both", testClass: "A" },
  { id: "SCH-02", keyword: "SCHEMA", versions: "25-03\u219226-07", transport: "both", testClass: "A" },
  { id: "SCH-03", keyword: "SCHEMA", versions: "25-03\u219226-07", transport: "both", testClass: "A" },
  { id: "SCH-04", keyword: "SCHEMA", versions: "25-03\u219226-07", transport: "both", testClass: "D" },
  { id: "SCH-05", keyword: "SCHEMA", versions: "25-03\u219226-07", transport: "both", testClass: "D" },
  { id: "SCH-06", keyword: "SCHEMA", versions: "25-03\u219226-07", transport: "both", testClass: "D" },
  { id: "SCH-07", keyword: "SCHEMA", versions: "25-03\u219226-07", transport: "both", testClass: "A" },
  { id: "SCH-08", keyword: "MUST", versions: "25-03\u219226-07", transport: "both", testClass: "D" },
  { id: "SCH-09", keyword: "SCHEMA", versions: "25-03\u219226-07", transport: "both", testClass: "P" },
  { id: "SCH-10", keyword: "SCHEMA", versions: "25-03\u219226-07", transport: "both", testClass: "P" },
  { id: "SCH-11", keyword: "SCHEMA", versions: "25-03\u219226-07", transport: "both", testClass: "P" },
  { id: "SCH-12", keyword: "SCHEMA", versions: "25-11\u219226-07", transport: "both", testClass: "P" },
  { id: "SCH-13", keyword: "SCHEMA", versions: "25-06\u219225-11", transport: "both", testClass: "D" },
  { id: "SCH-14", keyword: "SCHEMA", versions: "25-03\u219225-11", transport: "both", testClass: "A" },
  { id: "LIFE-01", keyword: "MUST", versions: "25-03\u219225-11", transport: "both", testClass: "A" },
  { id: "LIFE-02", keyword: "MUST", versions: "25-03\u219225-11", transport: "both", testClass: "A" },
  { id: "LIFE-03", keyword: "MUST", versions: "25-03\u219225-11", transport: "both", testClass: "A" },
  { id: "LIFE-04", keyword: "SHOULD", versions: "25-03\u219225-11", transport: "both", testClass: "A" },
  { id: "LIFE-05", keyword: "SHOULD NOT", versions: "25-03\u219225-11", transport: "both", testClass: "A" },
  { id: "LIFE-06", keyword: "MUST", versions: "25-06\u219225-11", transport: "both", testClass: "P" },
  { id: "LIFE-07", keyword: "MUST", versions: "25-06\u219225-11", transport: "both", testClass: "D" },
  { id: "LIFE-08", keyword: "MUST", versions: "25-03\u219225-11", transport: "both", testClass: "A" },
  { id: "LIFE-09", keyword: "SHOULD", versions: "25-03\u219225-11", transport: "both", testClass: "F" },
  { id: "STDIO-01", keyword: "MUST NOT", versions: "25-03\u219226-07", transport: "stdio", testClass: "P" },
  { id: "STDIO-02", keyword: "MUST NOT", versions: "25-03\u219226-07", transport: "stdio", testClass: "A" },
  { id: "STDIO-03", keyword: "SHOULD", versions: "26-07", transport: "stdio", testClass: "A" },
  { id: "HTTP-01", keyword: "MUST", versions: "25-03\u219225-11", transport: "HTTP", testClass: "A" },
  { id: "HTTP-02", keyword: "MUST", versions: "25-03\u219226-07", transport: "HTTP", testClass: "A" },
  { id: "HTTP-03", keyword: "MUST", versions: "25-11\u219226-07", transport: "HTTP", testClass: "A" },
  { id: "HTTP-04", keyword: "SHOULD", versions: "25-03\u219226-07", transport: "HTTP", testClass: "A" },
  { id: "HTTP-05", keyword: "SHOULD", versions: "25-03\u219226-07", transport: "HTTP", testClass: "A" },
  { id: "HTTP-06", keyword: "SHOULD", versions: "25-03\u219226-07", transport: "HTTP", testClass: "A" },
  { id: "HTTP-07", keyword: "MUST", versions: "25-03\u219225-11", transport: "HTTP", testClass: "A" },
  { id: "HTTP-08", keyword: "MUST", versions: "25-03\u219225-11", transport: "HTTP", testClass: "A" },
  { id: "HTTP-09", keyword: "MUST", versions: "25-03\u219225-11", transport: "HTTP", testClass: "A" },
  { id: "HTTP-10", keyword: "MUST", versions: "25-03\u219225-11", transport: "HTTP", testClass: "A" },
  { id: "HTTP-11", keyword: "MUST NOT", versions: "25-03\u219225-11", transport: "HTTP", testClass: "P" },
  { id: "HTTP-12", keyword: "SHOULD", versions: "25-03\u219225-11", transport: "HTTP", testClass: "P" },
  { id: "HTTP-13", keyword: "SHOULD", versions: "25-03\u219225-11", transport: "HTTP", testClass: "A" },
  { id: "HTTP-14", keyword: "SHOULD", versions: "25-03\u219225-11", transport: "HTTP", testClass: "P" },
  { id: "HTTP-15", keyword: "SHOULD", versions: "25-03\u219225-11", transport: "HTTP", testClass: "A" },
  { id: "HTTP-16", keyword: "SHOULD NOT", versions: "25-03\u219225-06", transport: "HTTP", testClass: "A" },
  { id: "HTTP-17", keyword: "SHOULD", versions: "25-11", transport: "HTTP", testClass: "A" },
  { id: "HTTP-18", keyword: "SHOULD", versions: "25-11", transport: "HTTP", testClass: "A" },
  { id: "HTTP-19", keyword: "MUST NOT", versions: "25-03\u219225-11", transport: "HTTP", testClass: "F" },
  { id: "HTTP-20", keyword: "MUST", versions: "25-03\u219225-11", transport: "HTTP", testClass: "P" },
  { id: "HTTP-21", keyword: "MUST NOT", versions: "25-03\u219225-11", transport: "HTTP", testClass: "F" },
  { id: "HTTP-22", keyword: "MUST", versions: "25-03\u219225-11", transport: "HTTP", testClass: "A" },
  { id: "HTTP-23", keyword: "SHOULD", versions: "25-03\u219225-11", transport: "HTTP", testClass: "A" },
  { id: "HTTP-24", keyword: "MUST", versions: "25-03\u219225-11", transport: "HTTP", testClass: "H" },
  { id: "HTTP-25", keyword: "SHOULD", versions: "25-03\u219225-11", transport: "HTTP", testClass: "A" },
  { id: "HTTP-26", keyword: "MUST", versions: "25-03\u219225-11", transport: "HTTP", testClass: "A" },
  { id: "HTTP-27", keyword: "MAY", versions: "25-03\u219225-11", transport: "HTTP", testClass: "A" },
  { id: "HTTP-28", keyword: "MUST", versions: "25-06\u219225-11", transport: "HTTP", testClass: "A" },
  { id: "HTTP-29", keyword: "SHOULD", versions: "25-06\u219225-11", transport: "HTTP", testClass: "A" },
  { id: "HTTP-30", keyword: "MUST", versions: "25-03", transport: "HTTP", testClass: "A" },
  { id: "AUTH-01", keyword: "MUST", versions: "25-03\u219226-07", transport: "HTTP", testClass: "A" },
  { id: "AUTH-02", keyword: "MUST", versions: "25-03\u219226-07", transport: "HTTP", testClass: "A" },
  { id: "AUTH-03", keyword: "MUST", versions: "25-06", transport: "HTTP", testClass: "A" },
  { id: "AUTH-04", keyword: "MUST", versions: "25-11\u219226-07", transport: "HTTP", testClass: "A" },
  { id: "AUTH-05", keyword: "MUST", versions: "25-06\u219226-07", transport: "HTTP", testClass: "A" },
  { id: "AUTH-06", keyword: "MUST", versions: "25-06\u219226-07", transport: "HTTP", testClass: "A" },
  { id: "AUTH-07", keyword: "SHOULD", versions: "25-11\u219226-07", transport: "HTTP", testClass: "A" },
  { id: "AUTH-08", keyword: "SHOULD NOT", versions: "26-07", transport: "HTTP", testClass: "A" },
  { id: "AUTH-09", keyword: "MUST", versions: "25-03\u219226-07", transport: "HTTP", testClass: "F" },
  { id: "AUTH-10", keyword: "SHOULD", versions: "25-11\u219226-07", transport: "HTTP", testClass: "F" },
  { id: "AUTH-11", keyword: "MUST", versions: "25-06\u219226-07", transport: "HTTP", testClass: "F" },
  { id: "AUTH-12", keyword: "MUST", versions: "25-03\u219225-11", transport: "HTTP", testClass: "F" },
  { id: "AUTH-13", keyword: "SHOULD", versions: "25-03", transport: "HTTP", testClass: "A" },
  { id: "AUTH-14", keyword: "MUST", versions: "25-03", transport: "HTTP", testClass: "A" },
  { id: "AUTH-15", keyword: "MUST", versions: "25-11\u219226-07", transport: "HTTP", testClass: "A" },
  { id: "AUTH-16", keyword: "SHOULD", versions: "26-07", transport: "HTTP", testClass: "F" },
  { id: "AUTH-17", keyword: "MUST", versions: "26-07", transport: "HTTP", testClass: "F" },
  { id: "PING-01", keyword: "MUST", versions: "25-03\u219225-11", transport: "both", testClass: "A" },
  { id: "CANC-01", keyword: "SHOULD", versions: "25-03\u219226-07", transport: "both", testClass: "F" },
  { id: "CANC-02", keyword: "SHOULD", versions: "25-03\u219226-07", transport: "both", testClass: "A" },
  { id: "CANC-03", keyword: "MUST", versions: "25-03\u219225-11", transport: "both", testClass: "P" },
  { id: "CANC-04", keyword: "MUST", versions: "25-03\u219226-07", transport: "both", testClass: "A" },
  { id: "CANC-05", keyword: "MUST NOT", versions: "25-11", transport: "both", testClass: "P" },
  { id: "PROG-01", keyword: "MUST", versions: "25-03\u219226-07", transport: "both", testClass: "F" },
  { id: "PROG-02", keyword: "MUST", versions: "25-03\u219226-07", transport: "both", testClass: "F" },
  { id: "PROG-03", keyword: "MUST", versions: "25-03\u219226-07", transport: "both", testClass: "F" },
  { id: "PROG-04", keyword: "SHOULD", versions: "25-03\u219226-07", transport: "both", testClass: "P" },
  { id: "PROG-05", keyword: "MUST", versions: "25-11", transport: "both", testClass: "F" },
  { id: "LOG-01", keyword: "MUST", versions: "25-03\u219226-07", transport: "both", testClass: "P" },
  { id: "LOG-02", keyword: "SCHEMA", versions: "25-03\u219225-11", transport: "both", testClass: "A" },
  { id: "LOG-03", keyword: "SHOULD", versions: "25-03\u219225-11", transport: "both", testClass: "F" },
  { id: "LOG-04", keyword: "SHOULD", versions: "25-03\u219225-11", transport: "both", testClass: "A" },
  { id: "LOG-05", keyword: "MUST NOT", versions: "25-03\u219226-07", transport: "both", testClass: "H" },
  { id: "COMP-01", keyword: "MUST", versions: "25-03\u219226-07", transport: "both", testClass: "A" },
  { id: "COMP-02", keyword: "SHOULD", versions: "25-03\u219226-07", transport: "both", testClass: "A" },
  { id: "COMP-03", keyword: "SHOULD", versions: "25-03\u219226-07", transport: "both", testClass: "A" },
  { id: "COMP-04", keyword: "SCHEMA", versions: "25-06\u219226-07", transport: "both", testClass: "D" },
  { id: "PAG-01", keyword: "SCHEMA", versions: "25-03\u219226-07", transport: "both", testClass: "A" },
  { id: "PAG-02", keyword: "SHOULD", versions: "25-03\u219226-07", transport: "both", testClass: "A" },
  { id: "PAG-03", keyword: "SHOULD", versions: "25-03\u219226-07", transport: "both", testClass: "A" },
  { id: "TOOL-01", keyword: "MUST", versions: "25-03\u219226-07", transport: "both", testClass: "A" },
  { id: "TOOL-02", keyword: "MUST", versions: "25-03\u219226-07", transport: "both", testClass: "A" },
  { id: "TOOL-03", keyword: "MUST", versions: "25-06\u219226-07", transport: "both", testClass: "D" },
  { id: "TOOL-04", keyword: "SHOULD", versions: "25-06\u219226-07", transport: "both", testClass: "D" },
  { id: "TOOL-05", keyword: "SHOULD", versions: "25-11\u219226-07", transport: "both", testClass: "A" },
  { id: "TOOL-06", keyword: "SHOULD NOT", versions: "25-11\u219226-07", transport: "both", testClass: "A" },
  { id: "TOOL-07", keyword: "SHOULD", versions: "25-11\u219226-07", transport: "both", testClass: "A" },
  { id: "TOOL-08", keyword: "SHOULD", versions: "25-03\u219226-07", transport: "both", testClass: "F" },
  { id: "TOOL-09", keyword: "SHOULD", versions: "25-03\u219226-07", transport: "both", testClass: "A" },
  { id: "TOOL-10", keyword: "DESC", versions: "25-11\u219226-07", transport: "both", testClass: "A" },
  { id: "TOOL-11", keyword: "SHOULD", versions: "25-03\u219226-07", transport: "both", testClass: "F" },
  { id: "TOOL-12", keyword: "DESC", versions: "25-03\u219226-07", transport: "both", testClass: "D" },
  { id: "TOOL-13", keyword: "MUST", versions: "25-03\u219226-07", transport: "both", testClass: "H" },
  { id: "TOOL-14", keyword: "SHOULD", versions: "25-06\u219226-07", transport: "both", testClass: "P" },
  { id: "RES-01", keyword: "MUST", versions: "25-03\u219226-07", transport: "both", testClass: "A" },
  { id: "RES-02", keyword: "MUST", versions: "25-03\u219226-07", transport: "both", testClass: "A" },
  { id: "RES-03", keyword: "MUST", versions: "25-03\u219226-07", transport: "both", testClass: "D" },
  { id: "RES-04", keyword: "SCHEMA", versions: "25-03\u219226-07", transport: "both", testClass: "D" },
  { id: "RES-05", keyword: "SHOULD", versions: "25-03\u219225-11", transport: "both", testClass: "A" },
  { id: "RES-06", keyword: "SHOULD", versions: "25-03\u219226-07", transport: "both", testClass: "F" },
  { id: "RES-07", keyword: "SCHEMA", versions: "25-03\u219225-11", transport: "both", testClass: "D" },
  { id: "RES-08", keyword: "SHOULD", versions: "25-03\u219225-11", transport: "both", testClass: "F" },
  { id: "RES-09", keyword: "MUST", versions: "25-03\u219226-07", transport: "both", testClass: "H" },
  { id: "PR-01", keyword: "MUST", versions: "25-03\u219226-07", transport: "both", testClass: "A" },
  { id: "PR-02", keyword: "MUST", versions: "25-03\u219226-07", transport: "both", testClass: "D" },
  { id: "PR-03", keyword: "MUST", versions: "25-03\u219226-07", transport: "both", testClass: "D" },
  { id: "PR-04", keyword: "SHOULD", versions: "25-03\u219226-07", transport: "both", testClass: "A" },
  { id: "PR-05", keyword: "SHOULD", versions: "25-03\u219226-07", transport: "both", testClass: "D" },
  { id: "PR-06", keyword: "SHOULD", versions: "25-03\u219226-07", transport: "both", testClass: "F" },
  { id: "CLI-01", keyword: "MUST", versions: "25-06\u219225-11", transport: "both", testClass: "P" },
  { id: "CLI-02", keyword: "MUST NOT", versions: "25-11\u219226-07", transport: "both", testClass: "P" },
  { id: "CLI-03", keyword: "SHOULD NOT", versions: "25-11\u219226-07", transport: "both", testClass: "P" },
  { id: "CLI-04", keyword: "MUST", versions: "25-11\u219226-07", transport: "both", testClass: "F" },
  { id: "CLI-05", keyword: "SCHEMA", versions: "25-03\u219225-11", transport: "both", testClass: "P" },
  { id: "CLI-06", keyword: "MUST", versions: "25-06\u219225-11", transport: "both", testClass: "P" },
  { id: "CLI-07", keyword: "MUST NOT", versions: "25-11\u219226-07", transport: "both", testClass: "P" },
  { id: "CLI-08", keyword: "MUST", versions: "25-11\u219226-07", transport: "both", testClass: "P" },
  { id: "CLI-09", keyword: "MUST", versions: "25-11\u219226-07", transport: "both", testClass: "P" },
  { id: "CLI-10", keyword: "MUST NOT", versions: "25-06\u219226-07", transport: "both", testClass: "H" },
  { id: "CLI-11", keyword: "MUST NOT", versions: "25-11\u219226-07", transport: "both", testClass: "H" },
  { id: "CLI-12", keyword: "SHOULD", versions: "25-11\u219226-07", transport: "both", testClass: "H" },
  { id: "CLI-13", keyword: "MUST", versions: "25-11", transport: "both", testClass: "P" },
  { id: "CLI-14", keyword: "MUST", versions: "25-11", transport: "both", testClass: "P" },
  { id: "CLI-15", keyword: "SHOULD", versions: "25-06\u219226-07", transport: "both", testClass: "F" },
  { id: "CLI-16", keyword: "MUST", versions: "25-06\u219226-07", transport: "both", testClass: "F" },
  { id: "CLI-17", keyword: "MUST", versions: "25-06\u219225-11", transport: "both", testClass: "P" },
  { id: "CLI-18", keyword: "SHOULD", versions: "25-03\u219225-11", transport: "both", testClass: "A" },
  { id: "TASK-01", keyword: "MUST", versions: "25-11", transport: "both", testClass: "A" },
  { id: "TASK-02", keyword: "MUST", versions: "25-11", transport: "both", testClass: "D" },
  { id: "TASK-03", keyword: "MUST", versions: "25-11", transport: "both", testClass: "D" },
  { id: "TASK-04", keyword: "SHOULD", versions: "25-11", transport: "both", testClass: "D" },
  { id: "TASK-05", keyword: "MUST", versions: "25-11", transport: "both", testClass: "D" },
  { id: "TASK-06", keyword: "MUST", versions: "25-11", transport: "both", testClass: "D" },
  { id: "TASK-07", keyword: "MUST", versions: "25-11", transport: "both", testClass: "D" },
  { id: "TASK-08", keyword: "MUST", versions: "25-11", transport: "both", testClass: "D" },
  { id: "TASK-09", keyword: "MUST", versions: "25-11", transport: "both", testClass: "D" },
  { id: "TASK-10", keyword: "MUST", versions: "25-11", transport: "both", testClass: "D" },
  { id: "TASK-11", keyword: "MUST", versions: "25-11", transport: "both", testClass: "D" },
  { id: "TASK-12", keyword: "SHOULD NOT", versions: "25-11", transport: "both", testClass: "D" },
  { id: "TASK-13", keyword: "MUST", versions: "25-11", transport: "both", testClass: "P" },
  { id: "TASK-14", keyword: "MUST", versions: "25-11", transport: "both", testClass: "A" },
  { id: "TASK-15", keyword: "MUST", versions: "25-11", transport: "both", testClass: "D" },
  { id: "TASK-16", keyword: "MUST", versions: "25-11", transport: "both", testClass: "D" },
  { id: "TASK-17", keyword: "MUST", versions: "25-11", transport: "both", testClass: "D" },
  { id: "TASK-18", keyword: "MUST", versions: "25-11", transport: "HTTP", testClass: "F" },
  { id: "TASK-19", keyword: "SHOULD NOT", versions: "25-11", transport: "HTTP", testClass: "D" },
  { id: "TASK-20", keyword: "SHOULD", versions: "25-11", transport: "both", testClass: "F" },
  { id: "M-01", keyword: "MUST", versions: "26-07", transport: "both", testClass: "P" },
  { id: "M-02", keyword: "MUST", versions: "26-07", transport: "both", testClass: "A" },
  { id: "M-03", keyword: "MUST", versions: "26-07", transport: "both", testClass: "F" },
  { id: "M-04", keyword: "SHOULD", versions: "26-07", transport: "both", testClass: "P" },
  { id: "M-05", keyword: "MUST NOT", versions: "26-07", transport: "both", testClass: "A" },
  { id: "M-06", keyword: "MUST NOT", versions: "26-07", transport: "both", testClass: "P" },
  { id: "M-07", keyword: "MUST NOT", versions: "26-07", transport: "both", testClass: "P" },
  { id: "M-08", keyword: "MUST", versions: "26-07", transport: "both", testClass: "A" },
  { id: "M-09", keyword: "MUST", versions: "26-07", transport: "both", testClass: "A" },
  { id: "M-10", keyword: "MUST", versions: "26-07", transport: "both", testClass: "A" },
  { id: "M-11", keyword: "MUST", versions: "26-07", transport: "both", testClass: "D" },
  { id: "M-12", keyword: "SHOULD", versions: "26-07", transport: "both", testClass: "A" },
  { id: "M-13", keyword: "MUST", versions: "26-07", transport: "HTTP", testClass: "A" },
  { id: "M-14", keyword: "MUST", versions: "26-07", transport: "HTTP", testClass: "A" },
  { id: "M-15", keyword: "MUST", versions: "26-07", transport: "HTTP", testClass: "P" },
  { id: "M-16", keyword: "SHOULD", versions: "26-07", transport: "HTTP", testClass: "A" },
  { id: "M-17", keyword: "MUST", versions: "26-07", transport: "HTTP", testClass: "F" },
  { id: "M-18", keyword: "MUST", versions: "26-07", transport: "HTTP", testClass: "A" },
  { id: "M-19", keyword: "MUST", versions: "26-07", transport: "HTTP", testClass: "A" },
  { id: "M-20", keyword: "MUST", versions: "26-07", transport: "HTTP", testClass: "A" },
  { id: "M-21", keyword: "MUST", versions: "26-07", transport: "HTTP", testClass: "D" },
  { id: "M-22", keyword: "MUST", versions: "26-07", transport: "HTTP", testClass: "A" },
  { id: "M-23", keyword: "MUST", versions: "26-07", transport: "HTTP", testClass: "D" },
  { id: "M-24", keyword: "MUST", versions: "26-07", transport: "both", testClass: "A" },
  { id: "M-25", keyword: "SHOULD NOT", versions: "26-07", transport: "both", testClass: "H" },
  { id: "M-26", keyword: "SHOULD", versions: "26-07", transport: "HTTP", testClass: "D" },
  { id: "M-27", keyword: "SHOULD", versions: "26-07", transport: "HTTP", testClass: "A" },
  { id: "M-28", keyword: "MUST NOT", versions: "26-07", transport: "stdio", testClass: "F" },
  { id: "M-29", keyword: "MUST", versions: "26-07", transport: "both", testClass: "P" },
  { id: "M-30", keyword: "MUST NOT", versions: "26-07", transport: "both", testClass: "F" },
  { id: "M-31", keyword: "MUST", versions: "26-07", transport: "both", testClass: "A" },
  { id: "M-32", keyword: "MUST", versions: "26-07", transport: "both", testClass: "P" },
  { id: "M-33", keyword: "SHOULD", versions: "26-07", transport: "both", testClass: "F" },
  { id: "M-34", keyword: "MUST NOT", versions: "26-07", transport: "both", testClass: "F" },
  { id: "M-35", keyword: "SHOULD", versions: "26-07", transport: "both", testClass: "A" },
  { id: "M-36", keyword: "MUST NOT", versions: "26-07", transport: "both", testClass: "P" },
  { id: "M-37", keyword: "MUST", versions: "26-07", transport: "both", testClass: "F" },
  { id: "M-38", keyword: "MUST NOT", versions: "26-07", transport: "both", testClass: "F" },
  { id: "M-39", keyword: "MUST", versions: "26-07", transport: "both", testClass: "F" },
  { id: "M-40", keyword: "SHOULD", versions: "26-07", transport: "both", testClass: "F" },
  { id: "M-41", keyword: "SHOULD", versions: "26-07", transport: "both", testClass: "F" },
  { id: "M-42", keyword: "MUST", versions: "26-07", transport: "both", testClass: "A" },
  { id: "M-43", keyword: "MUST", versions: "26-07", transport: "both", testClass: "A" },
  { id: "M-44", keyword: "MUST", versions: "26-07", transport: "both", testClass: "A" },
  { id: "M-45", keyword: "DESC", versions: "26-07", transport: "both", testClass: "F" },
  { id: "M-46", keyword: "MUST NOT", versions: "26-07", transport: "both", testClass: "A" },
  { id: "M-47", keyword: "SHOULD", versions: "26-07", transport: "both", testClass: "A" },
  { id: "M-48", keyword: "MUST", versions: "26-07", transport: "both", testClass: "A" },
  { id: "M-49", keyword: "MUST", versions: "26-07", transport: "both", testClass: "D" }
];

// src/checks/coverage.ts
function inLegacyProfile(requirement) {
  return requirement.versions !== "26-07";
}
function coverageByClass(catalogue) {
  const covered = new Set(catalogue.flatMap((c) => c.requirements));
  const classes = ["A", "D", "P", "H", "F"];
  return classes.map((testClass) => {
    const rows = REQUIREMENTS.filter((r) => r.testClass === testClass && inLegacyProfile(r));
    return {
      testClass,
      inScope: rows.length,
      covered: rows.filter((r) => covered.has(r.id)).length,
      uncovered: rows.filter((r) => !covered.has(r.id)).map((r) => r.id)
    };
  });
}
function inModernProfile(requirement) {
  return requirement.id.startsWith("M-");
}
function modernCoverageByClass(catalogue) {
  const covered = new Set(catalogue.flatMap((c) => c.requirements));
  const classes = ["A", "D", "P", "H", "F"];
  return classes.map((testClass) => {
    const rows = REQUIREMENTS.filter((r) => r.testClass === testClass && inModernProfile(r));
    return {
      testClass,
      inScope: rows.length,
      covered: rows.filter((r) => covered.has(r.id)).length,
      uncovered: rows.filter((r) => !covered.has(r.id)).map((r) => r.id)
    };
  });
}

// src/checks/catalogue-table.ts
function catalogueEntries(catalogue = _chunk_KMFQMG4R_mjs__WEBPACK_IMPORTED_MODULE_0__/* .CATALOGUE */ .yh) {
  return catalogue.map((check) => ({
    id: check.id,
    title: check.title,
    section: check.section,
    level: check.level,
    versions: [...check.versions],
    eras: [...new Set(check.versions.map(_chunk_BZN75YLR_mjs__WEBPACK_IMPORTED_MODULE_3__/* .eraOf */ .eU))],
    transports: [...check.transports],
    requirements: check.requirements,
    spec: (0,_chunk_KMFQMG4R_mjs__WEBPACK_IMPORTED_MODULE_0__/* .specUrl */ .RZ)(check, check.versions[0] ?? "2025-11-25"),
    rule: check.rule,
    heuristic: check.heuristic ?? false
  }));
}
function catalogueText(entries) {
  const rows = entries.map((e) => [
    e.id,
    e.section,
    eraNames(e.eras),
    e.heuristic ? `${e.level} (heuristic)` : e.level,
    e.requirements.join(",")
  ]);
  const header = ["check", "section", "era", "level", "requirements"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join("  ").trimEnd();
  return [line(header), ...rows.map(line), "", `${entries.length} checks`].join("\n") + "\n";
}
var ERA_NAMES = { legacy: "2025", modern: "2026-07-28" };
var eraNames = (eras) => eras.map((era) => ERA_NAMES[era]).join("+");
var cell = (text) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");
function catalogueMarkdown(entries, coverage, modernCoverage = []) {
  const lines = [
    "# Conformance checks",
    "",
    "<!-- Generated from src/checks/registry.ts by `npm run docs:checks`; do not edit by hand. -->",
    "",
    `${entries.length} checks. Levels: MUST failures fail the gate, SHOULD and heuristic findings warn, checks that do`,
    "not apply to a server are skipped with the reason. Requirement ids refer to the MCP server requirements inventory.",
    "",
    "## Requirement coverage (2024-11-05 through 2025-11-25)",
    "",
    "| class | meaning | requirements | covered |",
    "| --- | --- | --- | --- |",
    ...coverage.map((c) => `| ${c.testClass} | ${CLASS_NAMES[c.testClass]} | ${c.inScope} | ${c.covered} |`),
    "",
    ...modernCoverage.length ? [
      "## Requirement coverage (2026-07-28, the new or changed requirements M-01 to M-49)",
      "",
      "| class | meaning | requirements | covered | not covered yet |",
      "| --- | --- | --- | --- | --- |",
      ...modernCoverage.map(
        (c) => `| ${c.testClass} | ${CLASS_NAMES[c.testClass]} | ${c.inScope} | ${c.covered} | ${c.uncovered.join(", ") || "-"} |`
      ),
      ""
    ] : []
  ];
  const sections = [...new Set(entries.map((e) => e.section))];
  for (const section of sections) {
    lines.push(
      `## ${section}`,
      "",
      "| check | era | level | versions | transports | requirements | rule |",
      "| --- | --- | --- | --- | --- | --- | --- |"
    );
    for (const e of entries.filter((x) => x.section === section)) {
      const level = e.heuristic ? `${e.level} (heuristic)` : e.level;
      lines.push(
        `| \`${e.id}\` | ${eraNames(e.eras)} | ${level} | ${e.versions.join(", ")} | ${e.transports.join(", ")} | ${e.requirements.join(", ")} | ${cell(e.rule)} ([spec](${e.spec})) |`
      );
    }
    lines.push("");
  }
  return lines.join("\n");
}
var CLASS_NAMES = {
  A: "active, any server",
  D: "data-driven, needs a listed tool/resource/prompt",
  P: "passive, checked on every message",
  H: "heuristic, warns only",
  F: "needs a cooperating fixture (not generic)"
};
function checksMarkdown() {
  return catalogueMarkdown(catalogueEntries(), coverageByClass(CATALOGUE), modernCoverageByClass(CATALOGUE));
}



/***/ })

};
