/**
 * How and where a feed's items or a digest are posted, as stored with them. Plain data: the Discord
 * side (src/discord) turns it into channels, forum posts, threads and mentions.
 */

/** full: the summary embed; compact: one embed with the bullets and no quotes; headline: one line with the link. */
export type PostStyle = 'full' | 'compact' | 'headline';
export const POST_STYLES: readonly PostStyle[] = ['full', 'compact', 'headline'];

/** What kind of channel a feed or digest posts to; records saved before this existed are text channels. */
export type ChannelKind = 'text' | 'forum' | 'thread';

/** The posting settings a feed or a digest carries (every field optional on records saved before them). */
export interface PostSettings {
  channelKind?: ChannelKind;
  style?: PostStyle;
  /** The one role mentioned on new posts; null or absent: nobody is pinged. */
  pingRoleId?: string | null;
}

export const styleOf = (settings: PostSettings): PostStyle => settings.style ?? 'full';
export const channelKindOf = (settings: PostSettings): ChannelKind => settings.channelKind ?? 'text';

export function parseStyle(value: string | null | undefined): PostStyle | undefined {
  return POST_STYLES.find((style) => style === value);
}
