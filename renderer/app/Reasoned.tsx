import { ActionIcon, Button, Tooltip, type ActionIconProps, type ButtonProps } from '@mantine/core';
import { useId, type CSSProperties, type MouseEventHandler, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLockReason, useReadOnly } from './ReadOnly';

/**
 * A disabled action that says why (issue 12). A disabled <button> takes no focus and no
 * pointer events, and inside a disabled fieldset nothing can undo that; so a disabled action
 * is drawn as the disabled button inside a focusable wrapper that carries the button's role,
 * name, `aria-disabled` and the reason as its description (read by screen readers), with the
 * reason as a tooltip on hover and on keyboard focus. Enabled, it is the plain button.
 */
function Disabled({ label, reason, testId, children }: { label: string; reason: string; testId?: string | undefined; children: ReactNode }) {
  const id = useId();
  return (
    <Tooltip label={reason} multiline maw={320} events={{ hover: true, focus: true, touch: true }} withinPortal>
      <span role="button" tabIndex={0} aria-disabled="true" aria-label={label} aria-describedby={id} className="reason-disabled" data-testid={testId} data-reason={reason}>
        {children}
        <span id={id} hidden>
          {reason}
        </span>
      </span>
    </Tooltip>
  );
}

type Common = {
  /** Why the action cannot be taken now; undefined when it can. */
  reason?: string | undefined;
  /** Also disabled for a read-only workspace, with its reason (every action that writes). */
  writes?: boolean;
  onClick?: MouseEventHandler<HTMLButtonElement>;
  'data-testid'?: string;
};

/** The reason an action cannot be taken: the read-only session's first (for a write), else the action's own. */
export function useReason(reason: string | undefined, writes: boolean | undefined): string | undefined {
  const { t } = useTranslation();
  const { readOnly, reason: readOnlyReason } = useReadOnly();
  const locked = useLockReason();
  if (writes === true && readOnly) return readOnlyReason ?? t('why.readOnly');
  if (writes === true && locked !== undefined) return locked;
  return reason;
}

export type ReasonButtonProps = ButtonProps & Common & { children: ReactNode; type?: 'button' | 'submit'; 'aria-label'?: string; title?: string; style?: CSSProperties };

/** A Button that, when it cannot act, is disabled and says why (tooltip, focus, screen reader). */
export function ReasonButton({ reason: own, writes, onClick, children, 'data-testid': testId, ...rest }: ReasonButtonProps) {
  const reason = useReason(own, writes);
  if (reason === undefined)
    return (
      <Button onClick={onClick} data-testid={testId} {...rest}>
        {children}
      </Button>
    );
  const label = rest['aria-label'] ?? (typeof children === 'string' ? children : '');
  return (
    <Disabled label={label} reason={reason} testId={testId}>
      <Button {...rest} disabled tabIndex={-1} aria-hidden="true" type="button">
        {children}
      </Button>
    </Disabled>
  );
}

export type ReasonActionIconProps = ActionIconProps & Common & { 'aria-label': string; children: ReactNode; /** A tooltip when enabled (icon buttons name themselves so). */ tooltip?: string };

/** An icon button that, when it cannot act, is disabled and says why. */
export function ReasonActionIcon({ reason: own, writes, onClick, children, tooltip, 'data-testid': testId, ...rest }: ReasonActionIconProps) {
  const reason = useReason(own, writes);
  if (reason === undefined) {
    const icon = (
      <ActionIcon onClick={onClick} data-testid={testId} {...rest}>
        {children}
      </ActionIcon>
    );
    return tooltip === undefined ? icon : <Tooltip label={tooltip}>{icon}</Tooltip>;
  }
  return (
    <Disabled label={rest['aria-label']} reason={reason} testId={testId}>
      <ActionIcon {...rest} disabled tabIndex={-1} aria-hidden="true">
        {children}
      </ActionIcon>
    </Disabled>
  );
}
