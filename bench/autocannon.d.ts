/** The part of autocannon (shipped without types) that the load generator uses. */
declare module "autocannon" {
  function autocannon(options: Record<string, unknown>): Promise<{ errors: number; timeouts: number }> & {
    on(event: "response", listener: (client: unknown, status: number, bytes: number, responseTime: number) => void): void;
  };
  namespace autocannon {
    interface Request {
      method?: string;
      headers?: Record<string, string>;
      body?: string;
      onResponse?: (status: number, body: string) => void;
      setupRequest?: (request: Request) => Request;
    }
  }
  export default autocannon;
}
