// The slice of jsdom's API the speed benchmark uses (jsdom is only its baseline; @types/jsdom
// would pull the browser DOM typings into the whole project).
declare module 'jsdom' {
  export class VirtualConsole {}
  export class JSDOM {
    constructor(html: string, options?: { url?: string; virtualConsole?: VirtualConsole });
    readonly window: { readonly document: never; close(): void };
  }
}
