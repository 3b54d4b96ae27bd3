// An app of a new user: the published packages, installed with npm, typechecked with tsc strict.
import { APIError, type Client, createClient, getMeta, NotFoundError } from "@oaikit/core";
import { createResponse, type Response, retrieveResponse } from "@oaikit/responses";
import { createEmulator } from "@oaikit/testing/node";

// Never called: each line must fail to typecheck, or the published types promise nothing.
export const typesHold = (client: Client) => {
  // @ts-expect-error model is a string
  void createResponse(client, { model: 42, input: "Hi" });
  // @ts-expect-error response_id is required
  void retrieveResponse(client, {});
  // @ts-expect-error the client comes first
  void createResponse({ model: "gpt-5.1", input: "Hi" });
};

const emulator = createEmulator();
const { baseURL } = await emulator.listen();
try {
  const client = createClient({ apiKey: "sk-release-check", baseURL });
  const response: Response = await createResponse(client, { model: "gpt-5.1", input: "Hi" });
  let missing = "not thrown";
  try {
    await retrieveResponse(client, { response_id: "resp_missing" });
  } catch (error) {
    if (error instanceof NotFoundError && error instanceof APIError)
      missing = `NotFoundError ${error.status}`;
  }
  console.log(
    JSON.stringify({
      object: response.object,
      status: response.status,
      requestId: getMeta(response)?.requestId?.slice(0, 4),
      missing,
    }),
  );
} finally {
  await emulator.close();
}
