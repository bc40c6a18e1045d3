CREATE (:SecurityEvent {
  id: randomUUID(), at: datetime(), type: $type, username: $username, userId: $userId, ip: $ip, detail: $detail
})
