/**
 * Password policy, following the level-2 requirements commonly applied under GB/T 22239-2019
 * (等级保护 2.0, 8.1.4.1 a: identification and authentication — complexity and periodic change):
 * at least 10 characters, at least three of the four character classes, not containing the
 * username, not one of the well-known weak passwords.
 */
export interface PasswordIssue {
  code: string;
  message: string;
}

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;

const WEAK = new Set(['password123', 'qwerty12345', 'admin12345', '1234567890', 'abc1234567', 'p@ssw0rd123', 'password@123']);

export function passwordIssues(password: string, username?: string): PasswordIssue[] {
  const issues: PasswordIssue[] = [];
  if (password.length < PASSWORD_MIN_LENGTH) {
    issues.push({ code: 'password.too_short', message: `密码至少${PASSWORD_MIN_LENGTH}位` });
  }
  if (password.length > PASSWORD_MAX_LENGTH) {
    issues.push({ code: 'password.too_long', message: `密码最多${PASSWORD_MAX_LENGTH}位` });
  }
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
  if (classes < 3) {
    issues.push({ code: 'password.too_simple', message: '密码须包含大写字母、小写字母、数字、符号中的至少三类' });
  }
  if (username && username.length >= 3 && password.toLowerCase().includes(username.toLowerCase())) {
    issues.push({ code: 'password.contains_username', message: '密码不能包含用户名' });
  }
  if (WEAK.has(password.toLowerCase())) {
    issues.push({ code: 'password.common', message: '密码过于常见' });
  }
  return issues;
}

/** Failed sign-ins before an account is locked, and how long the lock lasts. */
export const LOGIN_MAX_FAILURES = 5;
export const LOGIN_LOCK_MINUTES = 15;
