# Builds the application from the project and runs it on a JRE 25. Used by docker-compose.yml.
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
COPY src src
RUN ./mvnw -B --no-transfer-progress -DskipTests package

FROM eclipse-temurin:25-jre
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && useradd --system --create-home --home-dir /app interlocutor
WORKDIR /app
COPY --from=build /src/target/interlocutor.jar /app/interlocutor.jar
USER interlocutor
ENV VAADIN_USAGE_STATS_ENABLED=false
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=5 \
    CMD curl -fsS http://localhost:8080/actuator/health || exit 1
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/interlocutor.jar"]
