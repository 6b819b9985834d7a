/**
 * Why a sign-in failed, as a message key and values, so the page says it in its own language.
 * The API's refusals are English sentences; the known ones are recognised, any other is shown as
 * it came.
 */
export interface SignInFailure {
  key: string;
  values: Record<string, string>;
}

export function signInFailure(kind: 'empty' | 'rejected' | 'unavailable' | 'local', apiMessage: string): SignInFailure {
  if (kind === 'empty') return { key: 'access.signin.empty', values: {} };
  if (kind === 'local') return { key: 'access.signin.localAlready', values: {} };
  if (kind === 'unavailable') return { key: 'access.signin.unavailable', values: { message: apiMessage } };
  const expired = /expired on (\d{4}-\d{2}-\d{2})/.exec(apiMessage);
  if (expired) return { key: 'access.signin.expired', values: { date: expired[1]! } };
  if (/not recognised/i.test(apiMessage)) return { key: 'access.signin.wrong', values: {} };
  return { key: 'access.signin.refused', values: { message: apiMessage } };
}
