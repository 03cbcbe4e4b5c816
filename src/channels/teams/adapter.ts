// CloudAdapter with one public entry for a request whose token the channel has already checked (index.ts):
// CloudAdapter.process() would check it again, print any failure's stack trace and echo its message in the body;
// processActivityDirect() drops invoke responses. This is the protected step both of them run.
import { CloudAdapter, type Activity, type InvokeResponse, type TurnContext } from 'botbuilder';
import type { AuthenticateRequestResult } from 'botframework-connector';

export class AuthenticatedCloudAdapter extends CloudAdapter {
  processAuthenticated(
    authenticated: AuthenticateRequestResult,
    activity: Activity,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<InvokeResponse | undefined> {
    return this.processActivity(authenticated, activity, logic);
  }
}
