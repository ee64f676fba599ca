// The sdmx-rest client ships no types; the part the tests use (CommonJS: a default export).
declare module 'sdmx-rest' {
  interface Service {
    url: string;
    api?: string;
  }
  interface FetchResponse {
    status: number;
    headers: { get(name: string): string | null };
    text(): Promise<string>;
  }
  const sdmxrest: {
    getUrl(query: Record<string, unknown>, service: Service | string): string;
    request(query: string | Record<string, unknown>, ...rest: unknown[]): Promise<string>;
    request2(query: string | Record<string, unknown>, ...rest: unknown[]): Promise<FetchResponse>;
    checkMediaType(requested: string, response: FetchResponse): void;
    data: { DataFormat: Record<string, string> };
    metadata: { MetadataFormat: Record<string, string> };
    utils: { ApiVersion: Record<string, string> };
  };
  export default sdmxrest;
}
