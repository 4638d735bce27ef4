/**
 * Words of the notes pages print around a story (English): where to follow a site, where a podcast
 * plays, who took a photo, what a video player says while it loads. Data only; page-notes.ts reads it.
 */

/** Social networks a "Follow us on …" prompt names. */
export const SOCIAL_NETWORKS: readonly string[] = [
  'facebook',
  'twitter',
  'x',
  'instagram',
  'threads',
  'tiktok',
  'youtube',
  'snapchat',
  'linkedin',
  'bluesky',
  'mastodon',
  'whatsapp',
  'telegram',
  'pinterest',
  'reddit',
  'flipboard',
  'google news',
];

/** Apps a "Listen on …" podcast prompt names. */
export const PODCAST_APPS: readonly string[] = [
  'apple podcasts',
  'google podcasts',
  'spotify',
  'amazon music',
  'pocket casts',
  'stitcher',
  'overcast',
  'iheartradio',
  'audible',
  'castbox',
  'podcast addict',
];

/** Photo agencies credited in parentheses at the end of a caption: "… in Washington. (AP)". */
export const PHOTO_AGENCIES: readonly string[] = [
  'ap',
  'ap photo',
  'afp',
  'afp via getty images',
  'reuters',
  'getty',
  'getty images',
  'epa',
  'pa',
  'pa images',
  'pa wire',
  'upi',
  'dpa',
  'shutterstock',
  'alamy',
  'istock',
  'bloomberg',
];

/** What a video player prints while it loads or fails: whole lines only. */
export const PLAYER_PROMPTS: readonly string[] = [
  'video loading',
  'video unavailable',
  'this video is unavailable',
  'click to play',
  'tap to play',
  'click to play tap to play',
  'click to playtap to play',
  'play video',
  'watch video',
  'loading video',
  'video player is loading',
  'your browser does not support the video tag',
  'please use chrome browser for a more accessible video player',
  'replay video',
  'up next',
  'now playing',
];
