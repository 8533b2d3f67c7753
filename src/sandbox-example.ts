/** The operation Apollo Sandbox opens with: the Tokyo meeting, who took part for whom, and the evidence. */
export const SANDBOX_EXAMPLE = `# The Tokyo meeting that launched the trilateral working group on North Korean cyber threats:
# who took part, representing which country, with which title, and the source's own words for each fact.
query TokyoMeeting {
  event(id: "event:2023-12-07-tokyo-cyber-working-group-launch") {
    title
    type
    date
    datePrecision
    dateText
    location { name country { name } }
    countryParticipations { country { id name } role }
    participants {
      person { id name aliases nativeNames }
      role
      representing { id name }
      title
      titles { value evidence { source { title publisher url } quote } }
    }
    established { id name }
    followsUp { id title date }
    topics { name }
    evidence { quote start end supports source { title publisher url } }
  }
}
`;
