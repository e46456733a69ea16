/** A user's word quoted in a reason, kept short. */
export const quote = (word: string): string => JSON.stringify([...word].slice(0, 40).join(""));
