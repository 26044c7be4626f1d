/** sql.js's single-file build (WebAssembly embedded in the JavaScript); the types are the package's own. */
declare module 'sql.js/dist/sql-wasm-inline.js' {
  import initSqlJs from 'sql.js';
  export default initSqlJs;
}
